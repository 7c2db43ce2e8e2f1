-- PostgreSQL only: the options.<name> product filter compares lower-cased option names and choice values or
-- descriptions; these expression indexes let it look choices up instead of scanning them.
CREATE INDEX ix_product_choice_option_value ON product_choice (lower(option_name), lower(choice_value), product_id);
CREATE INDEX ix_product_choice_option_description ON product_choice (lower(option_name), lower(description), product_id);
