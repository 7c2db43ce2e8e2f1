#!/usr/bin/env bash
# Several Catalog nodes for real: builds the WAR and runs ThreeNodesIT with a longer load. It starts an ActiveMQ
# Artemis broker (a JVM of its own, from Maven Central's artemis-server), three Liberty servers of the built WAR on
# their own ports against one PostgreSQL schema (catalog_it_nodes, dropped first), all publishing to the broker, and
# the example consumer (examples/event-consumer, a plain Java program with a durable subscription). Writers spread over
# the nodes; a third of the way in node 1 is killed with SIGKILL, two thirds in the consumer is killed and restarted;
# then every acknowledged write, every event (broker, webhook, consumer: once, in order per product, duplicates only
# from the crash or retries) and the reads across nodes are checked, and what the database did per request and per
# idle second is printed (docs/scaling.md). Needs PostgreSQL at 127.0.0.1:5432, database test, user postgres (trust).
#
#   scripts/several-nodes.sh                     # three nodes, 3,000 write requests
#   scripts/several-nodes.sh --writes 10000 --nodes 2
#   scripts/several-nodes.sh --idle-sample 60    # sample the idle nodes' database work for 60 s (default 30)
#   scripts/several-nodes.sh -Dit.nodes.1.http.port=29710 ...   # anything else goes to Maven (ports, server names)
#
# Servers' logs, the broker's and the consumer's: catalog-web/target/it-nodes/logs. CI runs the same test with 300
# requests (./mvnw verify).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
export MAVEN_ARGS="${MAVEN_ARGS:--B -ntp}"

WRITES=3000 NODES=3 IDLE=30 MORE=()
while [ $# -gt 0 ]; do
    case "$1" in
        --writes) WRITES="$2"; shift 2 ;;
        --nodes) NODES="$2"; shift 2 ;;
        --idle-sample) IDLE="$2"; shift 2 ;;
        *) MORE+=("$1"); shift ;;
    esac
done

LOG="${TMPDIR:-/tmp}/several-nodes-$(date +%Y%m%d-%H%M%S).log"
echo "Maven's output: $LOG"
status=0
./mvnw verify -pl catalog-web -am \
    -Dcodegen.skip=true -Dclients.test.exclude='io/catalog/web/clients/Generated*ClientIT.java' \
    -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dit.test=ThreeNodesIT -Dit.failIfNoSpecifiedTests=false \
    -Dit.nodes.count="$NODES" -Dit.nodes.writes="$WRITES" -Dit.nodes.idle-sample="$IDLE" \
    "${MORE[@]}" >"$LOG" 2>&1 || status=$?
grep -E '^\[nodes\]|Tests run:.*ThreeNodesIT|BUILD|\[ERROR\] (Tests|Failures|  )' "$LOG" || true
exit "$status"
