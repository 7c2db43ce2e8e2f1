-- Free-text search (V3 Search Products): each word is looked for, ignoring case, as a substring of the name, of the
-- description's text and of the product's and its variants' SKUs. description_text is the description without its
-- markup (inline tags are dropped, block tags become spaces, the entities the sanitiser writes are decoded),
-- lower-cased, kept by the database.
-- H2 has no index for LIKE '%word%': a search reads the store's products.
ALTER TABLE product ADD COLUMN description_text VARCHAR(16000) GENERATED ALWAYS AS (
    LOWER(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(
        REGEXP_REPLACE(REGEXP_REPLACE(description, '</?(b|strong|i|em|u|s|strike|del|ins|sub|sup|small|code|span|a)(\s[^>]*)?>', ''), '<[^>]*>', ' '),
        '&lt;', '<'), '&gt;', '>'), '&quot;', '"'), '&#39;', ''''), '&amp;', '&'))
);
