#!/usr/bin/env bash
# Makes this checkout runnable: Node 22 (pinned from the npm registry when the machine's Node is
# older), dependencies installed from the committed lockfile, native modules built for that Node.
# Idempotent: when nothing changed since the last run it only checks and returns in seconds.
#
# Source it (`. scripts/bootstrap.sh`) to get the right Node on PATH in the calling shell.

_maas_manifest_hash() {
  (
    cd "$1" &&
      {
        node --version
        cat package-lock.json .npmrc 2>/dev/null
        find package.json packages plugins -name package.json -not -path '*/node_modules/*' \
          -print0 | sort -z | xargs -0 cat
      } | sha256sum | cut -d' ' -f1
  )
}

# Native modules (better-sqlite3) compile from source here. node-gyp must use the headers of the
# Node that runs them, not whatever `nodedir` in ~/.npmrc names (on these machines, the system
# Node 20's): point it at the running Node's own headers, found beside its binary.
_maas_node_headers() {
  local prefix major dir
  prefix="$(node -p 'require("path").resolve(require("fs").realpathSync(process.execPath), "../..")')"
  major="$(node -p 'process.versions.node.split(".")[0]')"
  for dir in "$prefix" "$prefix"/node_modules/node-*; do
    if grep -qs "define NODE_MAJOR_VERSION $major\$" "$dir/include/node/node_version.h"; then
      export npm_config_nodedir="$dir"
      return 0
    fi
  done
  echo "bootstrap: no headers for Node $(node --version) beside $prefix; native modules may not build" >&2
}

# Whether the installed better-sqlite3 loads under the running Node (a module built for another
# Node version fails only at run time).
_maas_sqlite_loads() {
  (cd "$1/packages/backend" && node -e "new (require('better-sqlite3'))(':memory:')")
}

_maas_bootstrap() {
  local root
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  local node_pin="22.23.3"
  local tools="$root/.tools/node"

  local major
  major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)"
  if [ "$major" -lt 22 ]; then
    if [ ! -x "$tools/node_modules/.bin/node" ] ||
      [ "$("$tools/node_modules/.bin/node" -p process.versions.node)" != "$node_pin" ]; then
      echo "bootstrap: Node $(node --version 2>/dev/null || echo none) is older than 22; installing node@$node_pin into .tools/" >&2
      mkdir -p "$tools"
      npm install --prefix "$tools" --no-save --no-package-lock --no-audit --no-fund \
        "node@$node_pin" >&2 || return 1
    fi
    export PATH="$tools/node_modules/.bin:$PATH"
  fi
  _maas_node_headers

  # Re-install only when the dependency manifests, the lockfile or the Node version changed.
  local stamp="$root/node_modules/.maas-bootstrap-stamp"
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$(_maas_manifest_hash "$root")" ]; then
    echo "bootstrap: installing dependencies (npm install; a first install takes several minutes)" >&2
    (cd "$root" && npm install --no-audit --no-fund >&2) || return 1
    # Rebuild a module built earlier for another Node version now rather than fail at run time.
    if ! _maas_sqlite_loads "$root" 2>/dev/null; then
      echo "bootstrap: rebuilding better-sqlite3 for Node $(node --version)" >&2
      (cd "$root" && npm rebuild better-sqlite3 >&2) || return 1
      if ! _maas_sqlite_loads "$root" >&2; then
        echo "bootstrap: better-sqlite3 still does not load under Node $(node --version)" >&2
        return 1
      fi
    fi
    _maas_manifest_hash "$root" >"$stamp"
  fi
}

_maas_bootstrap
