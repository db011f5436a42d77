#!/usr/bin/env bash
# The adopter-install check's starting point: a vanilla app from @backstage/create-app, bumped
# to this repository's Backstage release, installed with npm and committed to the app's own git
# repository, which each check resets to. adopter-check.sh caches it and calls this when the
# cache is missing or stale.
#
#   base-app.sh <create-app package@version> <release manifest> <cache folder> <app folder> <log folder>
set -euo pipefail
create_app="$1" manifest="$2" cache="$3" app="$4" logs="$5"
repo="$(cd "$(dirname "$0")/../.." && pwd)"
release="$(node -p "require('$manifest').releaseVersion")"

rm -rf "$app"
# create-app refuses to run without yarn on PATH, though nothing here installs with it.
if [ ! -x "$cache/yarn/node_modules/.bin/yarn" ]; then
  npm install --prefix "$cache/yarn" --no-save --no-package-lock --no-audit --no-fund \
    yarn@1.22.22 >"$logs/yarn-install.log" 2>&1
fi
(
  cd "$cache"
  PATH="$cache/yarn/node_modules/.bin:$PATH" BACKSTAGE_APP_NAME=adopter-app \
    npx -y "$create_app" --skip-install --path "$app"
) >"$logs/create-app.log" 2>&1

# The manifest must name every @backstage package of the app, or versions:bump would take
# whatever the registry holds for the rest.
node -e '
  const fs = require("fs");
  const [manifest, app] = process.argv.slice(1);
  const known = new Set(require(manifest).packages.map(p => p.name));
  const missing = new Set();
  for (const dir of [".", ...["app", "backend"].map(p => `packages/${p}`)]) {
    const pkg = JSON.parse(fs.readFileSync(`${app}/${dir}/package.json`, "utf8"));
    for (const deps of [pkg.dependencies, pkg.devDependencies]) {
      for (const name of Object.keys(deps ?? {})) {
        if (name.startsWith("@backstage/") && !known.has(name)) missing.add(name);
      }
    }
  }
  if (missing.size) {
    console.error(`${manifest} lacks ${[...missing].join(", ")}: rebuild it with --root ${app} (README, Working on it)`);
    process.exit(1);
  }
' "$manifest" "$app"

# versions:bump cannot fetch Backstage's manifest from this network; it reads the file
# BACKSTAGE_MANIFEST_FILE names (and the yarn.lock create-app wrote).
(cd "$app" && BACKSTAGE_MANIFEST_FILE="$manifest" \
  "$repo/node_modules/.bin/backstage-cli" versions:bump --skip-install) >"$logs/versions-bump.log" 2>&1
if ! grep -q "\"$release\"" "$app/backstage.json"; then
  echo "versions:bump left the app on $(cat "$app/backstage.json")" >&2
  exit 1
fi

node "$repo/scripts/adopter-check/prepare-app.mjs" "$app"
(cd "$app" && npm install --no-audit --no-fund) >"$logs/app-install.log" 2>&1
git -C "$app" add -A
git -C "$app" -c user.name=adopter-check -c user.email=adopter-check@localhost \
  commit -q -m "create-app, bumped to Backstage $release, installed with npm"
