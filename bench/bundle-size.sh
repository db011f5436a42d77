#!/usr/bin/env bash
# The MaaS frontend plugin's share of the app's production build (see plugins/maas/README.md):
#   bash bench/bundle-size.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/bootstrap.sh
(cd packages/app && ../../node_modules/.bin/backstage-cli package build --stats)
node bench/bundleSize.mjs packages/app/dist
