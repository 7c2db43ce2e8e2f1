-- A product's subscriptions (Catalog V3 subscriptionDetails): at most 6, kept on the product row as JSON text (read
-- with the row, never by a statement of their own), NULL when none; and whether the product may also be bought once.
-- Each subscription holds a GUID, a title of at most 20 and a description of at most 60 characters, numbers and a
-- discount: 20000 characters leave room above what the domain lets in (SubscriptionDetails), which counts code points
-- where H2 counts UTF-16 units. Portable SQL for H2 2.x and PostgreSQL 13+.
ALTER TABLE product ADD COLUMN subscriptions VARCHAR(20000);
ALTER TABLE product ADD COLUMN allow_one_time_purchases BOOLEAN DEFAULT FALSE NOT NULL;
