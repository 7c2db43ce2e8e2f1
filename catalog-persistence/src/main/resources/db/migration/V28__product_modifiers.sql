-- A product's modifiers (options that make no variant but travel with the order: free texts, text and swatch
-- choices), kept with the product row as JSON text (ModifierColumn), so that a product is read with the statements it
-- was read with before: its modifiers are never looked up per product. NULL when it has none. 65,536 leaves room above
-- the most the domain's bounds allow (6 modifiers of 30 choices, names counted in code points where H2 counts UTF-16
-- units, and JSON's escapes).
ALTER TABLE product ADD COLUMN modifiers VARCHAR(65536);
