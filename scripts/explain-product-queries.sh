#!/usr/bin/env bash
# Checks that the product queries Catalog sends stay index-backed on PostgreSQL.
#
# It fills a throw-away store with synthetic rows (100,000 products by default), runs EXPLAIN on the statement
# shapes the query translator generates (filters and sorts of the Query Products table, the crawl by numericId,
# option and collection membership), prints the plans, removes the store again, and fails when a page query reads
# the product or choice table sequentially. (A count of most of a store's products reads them all whatever the
# index: its plan is printed for information.)
#
#   scripts/explain-product-queries.sh [psql connection options...]
#   e.g. PRODUCTS=200000 SCHEMA=catalog scripts/explain-product-queries.sh -h 127.0.0.1 -U postgres -d catalog
#
# The schema must exist (start the server once against the database; Flyway creates it).
set -euo pipefail
SCHEMA=${SCHEMA:-catalog_it}
PRODUCTS=${PRODUCTS:-100000}
STORE="explain-$$"
if [ $# -eq 0 ]; then set -- -h 127.0.0.1 -U postgres -d test; fi
PSQL=(psql -X -q -v ON_ERROR_STOP=1 "$@")

run() { "${PSQL[@]}" -c "SET search_path TO ${SCHEMA}; $1"; }

cleanup() {
  run "DELETE FROM product_collection WHERE collection_id IN (SELECT id FROM collection WHERE store_id = '${STORE}');
       DELETE FROM collection WHERE store_id = '${STORE}';
       DELETE FROM product WHERE store_id = '${STORE}';
       DELETE FROM store WHERE store_id = '${STORE}';" >/dev/null
}
trap cleanup EXIT

echo "Seeding ${PRODUCTS} products in store ${STORE} of schema ${SCHEMA}..."
run "INSERT INTO store (store_id, currency, last_numeric_id, created_at) VALUES ('${STORE}', 'USD', ${PRODUCTS}, now());
     INSERT INTO product (id, store_id, numeric_id, slug, name, product_type, description, sku, weight, visible, price,
                          currency, discount_type, discount_value, track_inventory, quantity, in_stock, manage_variants,
                          inventory_item_id, next_choice_key, created_at, last_updated, revision, handle)
       SELECT md5('${STORE}' || n)::uuid::text, '${STORE}', n, 'product-' || n, 'Product ' || n,
              CASE WHEN n % 10 = 0 THEN 'DIGITAL' ELSE 'PHYSICAL' END, 'Seeded product ' || n, 'SKU-' || n, 0,
              n % 10 <> 0, (n % 500) + 0.99, 'USD', 'NONE', 0, false, NULL, true, false,
              md5('inv' || n)::uuid::text, 3, now(), now() - (n || ' seconds')::interval, 1, 'product-' || n
       FROM generate_series(1, ${PRODUCTS}) AS n;
     INSERT INTO product_choice (product_id, choice_key, option_position, option_name, option_type, choice_position,
                                 choice_value, description)
       SELECT md5('${STORE}' || n)::uuid::text, k, 0, 'Size', 'DROP_DOWN', k - 1, 'S' || k, 'S' || k
       FROM generate_series(1, ${PRODUCTS}, 3) AS n, generate_series(1, 2) AS k;
     INSERT INTO collection (id, store_id, name, slug, description, visible, created_at, last_updated, revision)
       VALUES (md5('${STORE}-c')::uuid::text, '${STORE}', 'Half', 'half', '', true, now(), now(), 1);
     INSERT INTO product_collection (collection_id, product_id)
       SELECT md5('${STORE}-c')::uuid::text, md5('${STORE}' || n)::uuid::text FROM generate_series(1, ${PRODUCTS}, 2) AS n;
     ANALYZE product; ANALYZE product_choice; ANALYZE product_collection;"

WHERE="store_id = '${STORE}'"
# The shapes ProductQueryTranslator generates: ORDER BY leads with the store and ends with numericId in the last key's
# direction, storefront queries test visible as CASE WHEN visible THEN 1 ELSE 0 END = 1 (the same SQL on H2 and
# PostgreSQL), counts count numeric_id.
VISIBLE="CASE WHEN visible THEN 1 ELSE 0 END = 1"
declare -A QUERIES=(
  [crawl]="SELECT * FROM product WHERE ${WHERE} AND numeric_id > 50000 ORDER BY store_id ASC, numeric_id ASC LIMIT 100"
  [storefront-crawl]="SELECT * FROM product WHERE ${WHERE} AND ${VISIBLE} AND numeric_id > 50000 ORDER BY store_id ASC, numeric_id ASC LIMIT 100"
  [page-default]="SELECT * FROM product WHERE ${WHERE} ORDER BY store_id ASC, numeric_id ASC LIMIT 100 OFFSET 9900"
  [storefront-page]="SELECT * FROM product WHERE ${WHERE} AND ${VISIBLE} ORDER BY store_id ASC, numeric_id ASC LIMIT 100"
  [storefront-page-deep]="SELECT * FROM product WHERE ${WHERE} AND ${VISIBLE} ORDER BY store_id ASC, numeric_id ASC LIMIT 100 OFFSET 5000"
  [price-range-sorted]="SELECT * FROM product WHERE ${WHERE} AND ${VISIBLE} AND price > 100 AND price <= 120 ORDER BY store_id DESC, price DESC, numeric_id DESC LIMIT 100"
  [name-sorted]="SELECT * FROM product WHERE ${WHERE} ORDER BY store_id ASC, name ASC, numeric_id ASC LIMIT 100"
  [created-sorted]="SELECT * FROM product WHERE ${WHERE} ORDER BY store_id DESC, created_at DESC, numeric_id DESC LIMIT 100"
  [sku-eq]="SELECT * FROM product WHERE ${WHERE} AND sku = 'SKU-4242' ORDER BY store_id ASC, numeric_id ASC LIMIT 100"
  [last-updated]="SELECT * FROM product WHERE ${WHERE} AND last_updated >= now() - interval '1 hour' ORDER BY store_id DESC, last_updated DESC, numeric_id DESC LIMIT 100"
  [type]="SELECT * FROM product WHERE ${WHERE} AND product_type IN ('DIGITAL') ORDER BY store_id ASC, numeric_id ASC LIMIT 100"
  [option]="SELECT * FROM product p WHERE p.${WHERE} AND EXISTS (SELECT 1 FROM product_choice c WHERE c.product_id = p.id AND lower(c.option_name) = 'size' AND (lower(c.choice_value) IN ('s1') OR lower(c.description) IN ('s1'))) ORDER BY p.store_id ASC, p.numeric_id ASC LIMIT 100"
  [collection]="SELECT * FROM product p WHERE p.${WHERE} AND EXISTS (SELECT 1 FROM product_collection m WHERE m.product_id = p.id AND m.collection_id IN (md5('${STORE}-c')::uuid::text)) ORDER BY p.store_id ASC, p.numeric_id ASC LIMIT 100"
)
COUNTS="SELECT COUNT(numeric_id) FROM product WHERE ${WHERE} AND ${VISIBLE} AND price > 400"
failed=0
for name in "${!QUERIES[@]}"; do
  plan=$(run "EXPLAIN ${QUERIES[$name]}")
  echo "== ${name}"; echo "${plan}"
  if grep -Eq "Seq Scan on product(_choice)? " <<<"${plan}"; then
    echo "!! ${name} reads a table sequentially"; failed=1
  fi
done
echo "== count (information)"; run "EXPLAIN ${COUNTS}"
exit ${failed}
