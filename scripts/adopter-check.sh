#!/usr/bin/env bash
# The adopter-install check: installs this suite into a vanilla create-app app the way the
# README's "Install into your Backstage app" tells an adopter, then starts that app and uses it.
#
#  1. an app from @backstage/create-app, bumped to this repository's Backstage release with
#     `backstage-cli versions:bump` and the release manifest in scripts/backstage-releases/, and
#     installed with npm (cached: made again only when create-app, the manifest or
#     adopter-check/base-app.sh and prepare-app.mjs change);
#  2. the five plugins built and packed as they would be published (`npm pack`, which runs
#     `backstage-cli package prepack`; reused while plugins/ is unchanged), served by a loopback
#     registry for the @maas scope;
#  3. the README's blocks applied as written: the install commands, the backend lines, the
#     app-config snippet and the examples' locations;
#  4. the plugins sharing the app's copy of every @backstage package, type-check, frontend
#     build, the backend on SQLite with every example entity, the MaaS API as the guest, the
#     MaaS page and a MartechTool page in Chromium without console errors, and no error in the
#     backend's log.
#
# Cache: $MAAS_ADOPTER_CACHE (default ~/.cache/maas-adopter-check), one run at a time.
# MAAS_SKIP_ADOPTER_CHECK=1 skips it. Screenshots and logs: test-results/adopter-check/.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ "${MAAS_SKIP_ADOPTER_CHECK:-}" = 1 ]; then
  echo "adopter check: skipped (MAAS_SKIP_ADOPTER_CHECK=1)"
  exit 0
fi
. scripts/bootstrap.sh

repo="$PWD"
helpers="$repo/scripts/adopter-check"
create_app="@backstage/create-app@0.9.2"
release="$(node -p 'require("./backstage.json").version')"
manifest="$repo/scripts/backstage-releases/$release.json"
cache="${MAAS_ADOPTER_CACHE:-$HOME/.cache/maas-adopter-check}"
app="$cache/app"
results="$repo/test-results/adopter-check"
started=$SECONDS

say() { printf 'adopter check [%dm%02ds]: %s\n' $(((SECONDS - started) / 60)) $(((SECONDS - started) % 60)) "$*"; }
fail() {
  echo "adopter check: $*" >&2
  exit 1
}
[ -f "$manifest" ] || fail "no release manifest $manifest for backstage.json's $release"
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium" ] || fail "no Chromium at $chromium: apt-get install chromium (scripts/e2e.sh does)"

mkdir -p "$cache" "$results"
exec 9>"$cache/lock"
if ! flock -n 9; then
  say "waiting for another adopter check using $cache"
  flock 9
fi

pids=()
cleanup() {
  local pid
  for pid in "${pids[@]}"; do kill -- -"$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true; done
  # A pack stopped half-way leaves a plugin's package.json rewritten; put it back.
  for dir in "$repo"/plugins/*/; do
    if [ -f "$dir/package.json-prepack" ]; then
      (cd "$dir" && "$repo/node_modules/.bin/backstage-cli" package postpack) || true
    fi
  done
}
trap cleanup EXIT

# ---------------------------------------------------------------------------------------------
# 1. The vanilla app, installed (cached)
# ---------------------------------------------------------------------------------------------
base_key="$(
  {
    echo "$create_app"
    node --version
    cat "$manifest" "$helpers/base-app.sh" "$helpers/prepare-app.mjs"
  } | sha256sum | cut -d' ' -f1
)"
if [ "$(cat "$app/.adopter-check-base" 2>/dev/null)" != "$base_key" ]; then
  say "creating an app with $create_app, bumped to Backstage $release, installed with npm (cold cache: several minutes)"
  bash "$helpers/base-app.sh" "$create_app" "$manifest" "$cache" "$app" "$results" ||
    fail "the app could not be created (logs in $results)"
  echo "$base_key" >"$app/.adopter-check-base"
else
  say "reusing the installed app in $app"
fi
# Every run starts from the installed app as the cache committed it (node_modules is git-ignored
# and kept; the README's install commands bring it back in line with the restored lockfile).
git -C "$app" reset -q --hard
git -C "$app" clean -q -fd -e .adopter-check-base

# ---------------------------------------------------------------------------------------------
# 2. The plugins, packed as published, behind a loopback registry
# ---------------------------------------------------------------------------------------------
tarballs="$cache/tarballs"
# The plugins' sources (tracked and untracked, as they are in the working tree) and Node: the
# tarballs of an unchanged tree are reused.
pack_key="$(
  {
    node --version
    git ls-files -z -co --exclude-standard plugins package-lock.json | sort -z |
      xargs -0 sha256sum 2>/dev/null
  } | sha256sum | cut -d' ' -f1
)"
if [ "$(cat "$tarballs/.adopter-check-packed" 2>/dev/null)" = "$pack_key" ]; then
  say "reusing the plugins' tarballs (no plugin changed since they were packed)"
else
  say "building and packing the plugins"
  rm -rf "$tarballs" && mkdir -p "$tarballs"
  : >"$results/pack.log"
  node_modules/.bin/tsc
  for dir in plugins/*/; do
    [ "$(node -p "require('./$dir/package.json').private === true")" = true ] && continue
    (
      cd "$dir"
      "$repo/node_modules/.bin/backstage-cli" package build
      npm pack --pack-destination "$tarballs" --silent >/dev/null
    ) >>"$results/pack.log" 2>&1 || fail "packing $dir failed (see $results/pack.log)"
  done
  echo "$pack_key" >"$tarballs/.adopter-check-packed"
fi

rm -f "$cache/registry-url"
setsid node "$helpers/registry.mjs" "$tarballs" "$cache/registry-url" >"$results/registry.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 50); do [ -s "$cache/registry-url" ] && break; sleep 0.2; done
[ -s "$cache/registry-url" ] || fail "the loopback registry did not start (see $results/registry.log)"
echo "@maas:registry=$(cat "$cache/registry-url")" >>"$app/.npmrc"

# ---------------------------------------------------------------------------------------------
# 3. The README's blocks, as written
# ---------------------------------------------------------------------------------------------
block() { node "$helpers/readme-block.mjs" "$repo/README.md" "$1"; }

say "running the README's install commands"
block install >"$cache/install.sh"
(cd "$app" && npm_config_audit=false npm_config_fund=false bash -euo pipefail "$cache/install.sh") \
  >"$results/install.log" 2>&1 || fail "the README's install commands failed (see $results/install.log)"

backend_index="$app/packages/backend/src/index.ts"
grep -q '^backend.start();$' "$backend_index" || fail "no backend.start(); in $backend_index"
block backend-index >"$cache/backend-index.ts"
node -e '
  const fs = require("fs");
  const [file, lines] = process.argv.slice(1);
  const text = fs.readFileSync(file, "utf8");
  fs.writeFileSync(file, text.replace(/^backend\.start\(\);$/m, fs.readFileSync(lines, "utf8") + "\n$&"));
' "$backend_index" "$cache/backend-index.ts"

block app-config >"$cache/app-config.maas.yaml"
block examples >"$cache/examples.yaml"
cp -r "$repo/examples" "$app/maas-examples"
node "$helpers/merge-config.mjs" "$app/app-config.yaml" "$cache/app-config.maas.yaml"
node "$helpers/merge-config.mjs" "$app/app-config.yaml" "$cache/examples.yaml"

# ---------------------------------------------------------------------------------------------
# 4. The app, checked and used
# ---------------------------------------------------------------------------------------------
say "the plugins share the app's copy of each @backstage package"
node "$helpers/single-copies.mjs" "$app"

say "type-check (tsc) and frontend build"
(cd "$app" && node_modules/.bin/tsc) >"$results/tsc.log" 2>&1 || {
  cat "$results/tsc.log"
  fail "the app does not type-check"
}
(cd "$app/packages/app" && "$app/node_modules/.bin/backstage-cli" package build) \
  >"$results/app-build.log" 2>&1 || fail "the app's frontend does not build (see $results/app-build.log)"

port="$(node -e 'const s = require("net").createServer().listen(0, "127.0.0.1", () => { console.log(s.address().port); s.close(); })')"
url="http://localhost:$port"
say "starting the backend on SQLite at $url (it serves the built frontend)"
(
  cd "$app/packages/backend"
  APP_CONFIG_backend_listen_port="$port" APP_CONFIG_backend_baseUrl="$url" \
    APP_CONFIG_app_baseUrl="$url" exec setsid "$app/node_modules/.bin/backstage-cli" package start
) >"$results/backend.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 150); do
  curl -fs "$url/.backstage/health/v1/readiness" >/dev/null 2>&1 && break
  kill -0 "${pids[-1]}" 2>/dev/null || {
    tail -40 "$results/backend.log"
    fail "the backend stopped"
  }
  sleep 2
done
curl -fs "$url/.backstage/health/v1/readiness" >/dev/null ||
  fail "the backend is not ready after 5 minutes (see $results/backend.log)"

say "the MaaS API as the guest"
node "$helpers/api.mjs" "$url" "$app/maas-examples"

say "the MaaS page and a MartechTool page in Chromium"
node "$helpers/browser.mjs" "$url" "$results"

say "no error in the backend's log, no warning from the MaaS plugin"
# Pretty lines in development ("<time> <plugin> <level> <message>"), JSON otherwise.
if sed 's/\x1b\[[0-9;]*m//g' "$results/backend.log" |
  grep -E '^[^ ]+ ([^ ]+ error|maas warn) |"level":"error"|"plugin":"maas".*"level":"warn"'; then
  fail "the backend logged the errors above (see $results/backend.log)"
fi

say "passed"
