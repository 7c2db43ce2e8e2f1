#!/usr/bin/env bash
# Refreshes the committed API contract, catalog-web/src/main/openapi/catalog-openapi.json, from the document the
# server serves at /openapi: builds catalog-web (and what it needs), starts the integration-test server on the embedded
# database and runs OpenApiSnapshotIT with -Dopenapi.snapshot.update=true, which writes the served document (less the
# server URLs) into the snapshot when it differs. Review the diff (git diff catalog-web/src/main/openapi) and commit it
# with the change of the API. Only that test runs; run ./mvnw verify afterwards, which also regenerates the Java and
# TypeScript clients from the new snapshot and runs their scenarios.
#
#   scripts/openapi-snapshot.sh
#   scripts/openapi-snapshot.sh -o -Dit.h2.http.port=29080 ...   # more Maven arguments, e.g. other ports
#
# Nothing is generated from the old contract on the way (-Dcodegen.skip), and the scenarios of the generated clients
# are left out of the compilation: they may use what only the new contract has. The next ./mvnw verify validates the
# new contract, generates the clients from it and compiles and runs them.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
cd "$ROOT"
./mvnw -B -ntp -pl catalog-web -am verify \
  -Dopenapi.snapshot.update=true \
  -Dcodegen.skip=true -Dclients.test.exclude='io/catalog/web/clients/Generated*ClientIT.java' \
  -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=OpenApiSnapshotIT -Dit.failIfNoSpecifiedTests=false \
  "$@"
git --no-pager diff --stat -- catalog-web/src/main/openapi
