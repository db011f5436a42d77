#!/usr/bin/env bash
# README command 1: installs what is missing, then starts the app on the embedded SQLite
# database with the demo catalogue: frontend on :3000, backend on :7007.
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/bootstrap.sh

# The SQLite files live here (app-config.yaml, backend.database) and survive restarts.
mkdir -p .data/sqlite

# Say where to go once the backend answers, without holding up the start.
(
  for _ in $(seq 1 300); do
    if curl -fs http://localhost:7007/.backstage/health/v1/readiness >/dev/null 2>&1; then
      # Both keys on the demo's requested certifications, turned by the demo's people
      # (idempotent: a key already on the audience as it is stays).
      node examples/certify-audiences.mjs || echo "demo certifications: not recorded (see above)"
      # Decommissioning plans in each state, by the demo's platform owner (idempotent: a tool that
      # has a plan keeps it).
      node examples/plan-retirements.mjs || echo "demo plans: not recorded (see above)"
      # Campaigns launched, taken live and completed, with results over the last 90 days and
      # segment values (idempotent: a launch is bound to its task, a day posted again replaces
      # itself). Before the history, so that the trends include the campaigns' KPIs.
      node examples/demo-campaigns.mjs || echo "demo campaigns: not loaded (see above)"
      # 90 days of demo measurements and trends (idempotent: nothing is added twice).
      node examples/generate-history.mjs || echo "demo history: not loaded (see above)"
      printf '\n  MaaS for Backstage is up: open http://localhost:3000 and sign in as Guest.\n'
      printf '  Backend: http://localhost:7007 (SQLite files in .data/sqlite)\n\n'
      exit 0
    fi
    sleep 2
  done
) &

echo "Starting MaaS for Backstage: frontend http://localhost:3000, backend http://localhost:7007"
exec node_modules/.bin/backstage-cli repo start "$@"
