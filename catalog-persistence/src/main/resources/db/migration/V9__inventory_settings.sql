-- Inventory: Ecwid's warningLimit, a product's low-stock threshold (NULL: none), and whether a store lets
-- decrements take tracked quantities below zero (backorders). Portable SQL for H2 2.x and PostgreSQL 13+.
ALTER TABLE product ADD COLUMN warning_limit INTEGER;
ALTER TABLE store ADD COLUMN allow_backorders BOOLEAN DEFAULT FALSE NOT NULL;
