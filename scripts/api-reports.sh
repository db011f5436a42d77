#!/usr/bin/env bash
# The published packages' API reports (report.api.md, report-alpha.api.md, report.sql.md), committed
# as Backstage's own packages do, so a change to a public API or a table shows in review.
#   bash scripts/api-reports.sh         # write them (after `tsc`, which emits dist-types/)
#   bash scripts/api-reports.sh --ci    # fail when one is out of date (check.sh runs this)
#
# One package per run: in one shared run API Extractor follows the npm workspace links into the
# other packages' sources. Undocumented members are not warnings here (the READMEs document the
# contract), nor are the workspace links' source files (ae-wrong-input-file-type).
set -euo pipefail
cd "$(dirname "$0")/.."
ci=()
[ "${1:-}" = --ci ] && ci=(--ci)
for pkg in maas-common maas-backend catalog-backend-module-maas scaffolder-backend-module-maas maas; do
  node_modules/.bin/backstage-repo-tools api-reports "${ci[@]}" --sql-reports \
    --omit-messages ae-undocumented,ae-wrong-input-file-type "plugins/$pkg"
done
