#!/usr/bin/env bash
# End-to-end tests in a real browser: starts the app as README command 1 does (SQLite, demo
# catalogue and history) on a fresh data folder, then drives Debian's Chromium with
# playwright-core. Screenshots of each tab go to test-results/e2e/ (git-ignored).
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

for port in 3000 7007; do
  if curl -s -o /dev/null "http://localhost:$port"; then
    echo "e2e: something already listens on port $port; stop the running app first" >&2
    exit 1
  fi
done

data_dir=".data/e2e-$$"
mkdir -p "$data_dir" test-results/e2e
log="test-results/e2e/app.log"
# The app's own start command, on a data folder of its own.
APP_CONFIG_backend_database_connection_directory="../../$data_dir" \
  setsid ./scripts/start.sh >"$log" 2>&1 &
app_pid=$!
stop_app() {
  kill -- -"$app_pid" 2>/dev/null || true
  wait "$app_pid" 2>/dev/null || true
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

node --test --test-concurrency=1 e2e/*.e2e.test.mjs
