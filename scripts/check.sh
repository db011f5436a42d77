#!/usr/bin/env bash
# README command 2: installs what is missing, then runs every check: type-check, lint,
# formatting, the unit and integration tests, the browser tests and the adopter-install check.
# Integration tests run on SQLite, and on PostgreSQL too when
# BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING is set.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/bootstrap.sh

step() { printf '\n== %s\n' "$*"; }

step "dependency ranges cover the supported Backstage releases"
node scripts/compat-ranges.mjs --check

step "type-check (tsc)"
node_modules/.bin/tsc

step "API reports of the published packages (scripts/api-reports.sh --ci)"
bash scripts/api-reports.sh --ci

step "lint (backstage-cli repo lint)"
node_modules/.bin/backstage-cli repo lint --max-warnings 0

step "formatting (prettier --check)"
node_modules/.bin/prettier --check --loglevel warn .

step "unit and integration tests (jest)"
# With CI set, Backstage's TestDatabases starts database containers unless told not to; without a
# container runtime every database test would fail, so test the databases that are reachable.
if [ -n "${CI:-}" ] && [ -z "${BACKSTAGE_TEST_DISABLE_DOCKER:-}" ] &&
  ! docker info >/dev/null 2>&1; then
  export BACKSTAGE_TEST_DISABLE_DOCKER=1
  echo "no container runtime: no database containers are started"
fi
if [ -n "${BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING:-}" ]; then
  echo "databases: SQLite and PostgreSQL 15"
else
  echo "databases: SQLite only (set BACKSTAGE_TEST_DATABASE_POSTGRES15_CONNECTION_STRING for PostgreSQL)"
fi
node_modules/.bin/backstage-cli repo test --no-watch "$@"

step "end-to-end tests in a real browser (scripts/e2e.sh)"
if [ "${MAAS_SKIP_E2E:-}" = 1 ]; then
  echo "skipped: MAAS_SKIP_E2E=1"
else
  bash scripts/e2e.sh
fi

step "adopter install into a vanilla create-app app (scripts/adopter-check.sh)"
bash scripts/adopter-check.sh
