#!/usr/bin/env bash
# End-to-end tests in a real browser: starts the app as README command 1 does (SQLite, demo
# catalogue and history) on a fresh data folder, then drives Debian's Chromium with
# playwright-core. Screenshots of each tab go to test-results/e2e/ (git-ignored).
# Beside it, packages/app-legacy (the plugin in an app on the legacy frontend system) is built
# while the app starts, once per change to what goes into it, and served on its own port against
# the same backend.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/bootstrap.sh

if ! command -v chromium >/dev/null 2>&1; then
  echo "e2e: installing Debian's chromium (test tools cannot download their own browser here)"
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y -q chromium >/dev/null
  else
    sudo apt-get install -y -q chromium >/dev/null
  fi
fi

# Two checkouts on one machine (worktrees) would race for the app's fixed ports: runs queue on a
# machine-wide lock instead of failing each other.
exec 9>"${TMPDIR:-/tmp}/maas-e2e.lock"
flock 9

legacy_port=3001
legacy_url="http://localhost:$legacy_port"
for port in 3000 "$legacy_port" 7007; do
  if curl -s -o /dev/null "http://localhost:$port"; then
    echo "e2e: something already listens on port $port; stop the running app first" >&2
    exit 1
  fi
done

data_dir=".data/e2e-$$"
mkdir -p "$data_dir" test-results/e2e
log="test-results/e2e/app.log"
# The app's own start command, on a data folder of its own; its backend also answers the legacy
# app's origin.
APP_CONFIG_backend_database_connection_directory="../../$data_dir" \
  APP_CONFIG_backend_cors_origin="[\"http://localhost:3000\", \"$legacy_url\"]" \
  setsid ./scripts/start.sh >"$log" 2>&1 &
app_pid=$!

# The legacy app's build: skipped when nothing that goes into it changed since the last one.
legacy_dist=packages/app-legacy/dist
legacy_inputs() {
  echo "$legacy_url"
  node --version
  find packages/app-legacy/src packages/app-legacy/public packages/app-legacy/package.json \
    plugins/maas/src plugins/maas/package.json plugins/maas-common/src \
    plugins/maas-common/package.json package-lock.json app-config.yaml -type f -print0 |
    sort -z | xargs -0 sha256sum
}
legacy_stamp="$(legacy_inputs | sha256sum | cut -d' ' -f1)"
legacy_log="test-results/e2e/app-legacy.log"
build_and_serve_legacy_app() {
  if [ "$(cat "$legacy_dist/.e2e-stamp" 2>/dev/null)" = "$legacy_stamp" ]; then
    echo "e2e: packages/app-legacy is built already for these sources"
  elif (cd packages/app-legacy &&
    APP_CONFIG_app_baseUrl="$legacy_url" ../../node_modules/.bin/backstage-cli package build); then
    echo "$legacy_stamp" >"$legacy_dist/.e2e-stamp"
    echo "e2e: built packages/app-legacy in ${SECONDS}s"
  else
    echo "e2e: the legacy app's build failed"
    exit 1
  fi
  exec node scripts/serve-app.mjs "$legacy_dist" "$legacy_port"
}
export legacy_dist legacy_stamp legacy_url legacy_port
setsid bash -c "$(declare -f build_and_serve_legacy_app); build_and_serve_legacy_app" \
  >"$legacy_log" 2>&1 &
legacy_pid=$!

stop_app() {
  for pid in "$app_pid" "$legacy_pid"; do
    kill -- -"$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  rm -rf "$data_dir"
}
trap stop_app EXIT

echo "e2e: waiting for the app (frontend :3000, backend :7007) and the demo history"
for _ in $(seq 1 240); do
  if grep -q "MaaS for Backstage is up" "$log" && curl -fs http://localhost:3000 >/dev/null; then
    break
  fi
  if ! kill -0 "$app_pid" 2>/dev/null; then
    echo "e2e: the app stopped:"; tail -50 "$log"; exit 1
  fi
  sleep 2
done
grep -q "MaaS for Backstage is up" "$log" || { echo "e2e: the app did not come up:"; tail -50 "$log"; exit 1; }

# The legacy app's suite waits for its build if that is still running.
# Every suite, or those named: scripts/e2e.sh e2e/readable.e2e.test.mjs
if [ "$#" -eq 0 ]; then set -- e2e/*.e2e.test.mjs; fi
E2E_LEGACY_APP_URL="$legacy_url" node --test --test-concurrency=1 "$@"
