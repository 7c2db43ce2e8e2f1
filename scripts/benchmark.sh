#!/usr/bin/env bash
# Catalog's benchmark: starts the benchmark server (the development server's settings, on the embedded H2 database in
# data/benchmark, or on PostgreSQL when DB_URL is set), on loopback, running the diagnostics WAR
# (catalog-web/target/catalog-diagnostics.war) with its benchmark-only ceiling endpoint on;
# seeds a store per size (kept for later runs); runs every scenario with wrk for a bounded time; prints the tables and
# writes them to target/benchmark/results-<db>-<time>.md; stops the server. Exits non-zero when a scenario had errors.
#
#   scripts/benchmark.sh                                  # stores of 10,000, 100,000 and 1,000,000 products on H2
#   scripts/benchmark.sh --sizes 10000,100000 --duration 20
#   DB_URL='jdbc:postgresql://127.0.0.1:5432/test?currentSchema=catalog_bench' DB_DRIVER=org.postgresql.Driver \
#     DB_USER=postgres DB_SCHEMA=catalog_bench scripts/benchmark.sh --sizes 10000
#   CATALOG_PRODUCT_CACHE_REVISIONS=database DB_URL=... scripts/benchmark.sh   # PostgreSQL, every product read
#                                                         # checked in the database (docs/performance.md)
#   scripts/benchmark.sh --smoke                          # a store of 300 products, a few seconds per scenario
#
# Options: --sizes N,N,...  --duration SECONDS (per scenario)  --warmup SECONDS  --connections N (reads)
#          --jit-warmup SECONDS (120: before the first store, reads until the ceiling holds steady, at most this)
#          --port PORT (9380)  --seed-threads N  --scenarios NAME,NAME (only these)  --webhook-seconds N  --smoke
#          --webhook-rate EVENTS_PER_SECOND (600; 0: the writers produce as fast as they can)
#          --no-build (use the last ./mvnw install)
#          --url URL (a server already running the diagnostics WAR, with catalog.benchmark.ceiling-endpoint=true
#                     and catalog.webhooks.allow-private-targets=true)
# Do not rebuild catalog-web while it runs: the server serves the application from catalog-web/target.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
export MAVEN_ARGS="${MAVEN_ARGS:--B -ntp}"

SIZES=10000,100000,1000000 DURATION=10 WARMUP=3 JIT_WARMUP=120 CONNECTIONS=8 PORT=9380 SEED_THREADS=2 BUILD=1 URL="" CRAWL_LIMIT=300
WEBHOOK_SECONDS=10 WEBHOOK_RATE=600 SCENARIOS=""
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) SIZES="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --warmup) WARMUP="$2"; shift 2 ;;
    --jit-warmup) JIT_WARMUP="$2"; shift 2 ;;
    --connections) CONNECTIONS="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    --seed-threads) SEED_THREADS="$2"; shift 2 ;;
    --url) URL="$2"; shift 2 ;;
    --no-build) BUILD=0; shift ;;
    --scenarios) SCENARIOS="$2"; shift 2 ;;
    --webhook-seconds) WEBHOOK_SECONDS="$2"; shift 2 ;;
    --webhook-rate) WEBHOOK_RATE="$2"; shift 2 ;;
    --smoke) SIZES=300 DURATION=2 WARMUP=1 JIT_WARMUP=4 CRAWL_LIMIT=30 WEBHOOK_SECONDS=3; shift ;;
    -h|--help) sed -n '2,23p' "$0"; exit 0 ;;
    *) echo "unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done

DB=h2
if [ -n "${DB_URL:-}" ]; then DB=$(echo "$DB_URL" | sed -E 's/^jdbc:([a-z0-9]+):.*/\1/'); fi

bash scripts/bench/install-tools.sh
if [ "$BUILD" = 1 ]; then ./mvnw -q -DskipTests install; fi
mkdir -p target/benchmark

SERVER_PID=""
SERVER_SCRIPT="$ROOT/catalog-web/target/liberty/wlp/bin/server"
stop_server() {
  if [ -n "$SERVER_PID" ]; then
    "$SERVER_SCRIPT" stop catalog-benchmark >/dev/null 2>&1 || true
    wait "$SERVER_PID" 2>/dev/null || true
  fi
}
trap stop_server EXIT

if [ -z "$URL" ]; then
  URL="http://127.0.0.1:${PORT}/"
  if curl -s -o /dev/null "$URL"; then echo "port ${PORT} is taken: stop that server or pick --port" >&2; exit 1; fi
  # The token key pair must exist before the server reads it.
  ./mvnw -q -pl catalog-web exec:java@token -Dstore=bench >/dev/null
  if [ ! -f catalog-web/target/catalog-diagnostics.war ]; then
    echo "catalog-web/target/catalog-diagnostics.war is missing: run without --no-build" >&2; exit 1
  fi
  echo "Starting the server on ${URL} (${DB}); log in target/benchmark/server.log"
  # The benchmark server (catalog-web's pom): the development server's settings, running the diagnostics WAR.
  ./mvnw -q -pl catalog-web liberty:create@benchmark-server -Dcatalog.data.dir="$ROOT/data/benchmark" >/dev/null
  HTTP_PORT="$PORT" HTTPS_PORT="$((PORT + 1))" JMS_PORT="$((PORT + 2))" HTTP_HOST=127.0.0.1 \
  CATALOG_BENCHMARK_CEILING_ENDPOINT=true CATALOG_WEBHOOKS_ALLOW_PRIVATE_TARGETS=true \
    "$SERVER_SCRIPT" run catalog-benchmark >target/benchmark/server.log 2>&1 &
  SERVER_PID=$!
  for _ in $(seq 1 300); do
    if curl -sf -o /dev/null "${URL}health/ready"; then break; fi
    if ! kill -0 "$SERVER_PID" 2>/dev/null; then echo "the server did not start:" >&2; tail -50 target/benchmark/server.log >&2; exit 1; fi
    sleep 1
  done
  curl -sf -o /dev/null "${URL}health/ready" || { echo "the server is not ready after 300 s" >&2; exit 1; }
fi

# PostgreSQL plans by its statistics; without autovacuum (some test instances turn it off) a freshly seeded store
# is never analyzed and its pages get sequential plans. Then this run keeps the statistics fresh itself.
ANALYZER_PID=""
if [ "$DB" = postgresql ] && command -v psql >/dev/null 2>&1; then
  PG_HOSTPORT=$(echo "$DB_URL" | sed -E 's#^jdbc:postgresql://([^/?]+)/.*#\1#')
  PG_DB=$(echo "$DB_URL" | sed -E 's#^jdbc:postgresql://[^/]+/([^?]+).*#\1#')
  PSQL=(psql -X -q -h "${PG_HOSTPORT%%:*}" -p "$( [[ "$PG_HOSTPORT" == *:* ]] && echo "${PG_HOSTPORT##*:}" || echo 5432)"
        -U "${DB_USER:-postgres}" -d "$PG_DB")
  if [ "$(PGPASSWORD="${DB_PASSWORD:-}" "${PSQL[@]}" -Atc 'SHOW autovacuum' 2>/dev/null)" = off ]; then
    # VACUUM as well: it keeps the visibility map that lets counts be answered from the index alone. Every 30 s only
    # the tables that autovacuum's default thresholds would pick (so a scenario that writes nothing is left alone:
    # analyzing every table each time took a core for seconds, in the middle of the read scenarios).
    echo "PostgreSQL's autovacuum is off: this run vacuums and analyzes the tables that need it every 30 s, as autovacuum would"
    PGPASSWORD="${DB_PASSWORD:-}" "${PSQL[@]}" -c 'VACUUM ANALYZE' >/dev/null 2>&1 || true
    DUE_TABLES="SELECT format('VACUUM ANALYZE %I.%I', schemaname, relname) FROM pg_stat_user_tables
      WHERE n_mod_since_analyze > 50 + 0.1 * n_live_tup OR n_dead_tup > 50 + 0.2 * n_live_tup
         OR n_ins_since_vacuum > 1000 + 0.2 * n_live_tup"
    ( while sleep 30; do
        echo "${DUE_TABLES} \\gexec" | PGPASSWORD="${DB_PASSWORD:-}" "${PSQL[@]}" >/dev/null 2>&1 || true
      done ) &
    ANALYZER_PID=$!
  fi
fi
trap 'if [ -n "$ANALYZER_PID" ]; then kill "$ANALYZER_PID" 2>/dev/null; fi; stop_server' EXIT

# The report names the database, and the revision mode when it is not the default (auto).
DB_LABEL="$DB"
REVISIONS_MODE="$(echo "${CATALOG_PRODUCT_CACHE_REVISIONS:-auto}" | tr '[:upper:]' '[:lower:]' | tr -d '[:space:]')"
if [ "$REVISIONS_MODE" != auto ]; then
  DB_LABEL="${DB}-${REVISIONS_MODE}"
fi
./mvnw -q -pl catalog-web exec:java@benchmark -Durl="$URL" -Ddb="$DB_LABEL" -Dsizes="$SIZES" -Dduration="$DURATION" \
  -Dwarmup="$WARMUP" -DjitWarmup="$JIT_WARMUP" -Dconnections="$CONNECTIONS" -DseedThreads="$SEED_THREADS" -DcrawlLimit="$CRAWL_LIMIT" \
  -DwebhookSeconds="$WEBHOOK_SECONDS" -DwebhookRate="$WEBHOOK_RATE" -Dscenarios="$SCENARIOS"
