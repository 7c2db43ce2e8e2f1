-- Free-text search (V3 Search Products): each word is looked for, ignoring case, as a substring of the name, of the
-- description's text and of the product's and its variants' SKUs. description_text is the description's text as the
-- domain reads it for a search (Description.searchText: no markup, entities decoded, lower-cased), written by the
-- application with every product row; rows stored before this column are filled by V26. A plain column: the rule is
-- the domain's, not the database's. 16,000 is the most 8,000 characters can take in H2's UTF-16 code units.
-- H2 has no index for LIKE '%word%': a search reads the store's products. PostgreSQL's trigram indexes: V25.1.
ALTER TABLE product ADD COLUMN description_text VARCHAR(16000);
