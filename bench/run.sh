#!/usr/bin/env bash
# Runs the MaaS benchmarks (see bench/README.md):
#   bash bench/run.sh [--sizes 1000,10000,100000] [--databases sqlite,postgres] [--calls 20] [--memory-calls 100] [--users 50] [--edits 10]
#   bash bench/run.sh launches [--launches 200] [--concurrency 10] [--databases sqlite,postgres]
#   bash bench/run.sh users [--sizes 10000] [--databases postgres] [--users 50] [--edits 10]
set -euo pipefail
for arg in "$@"; do
  case "$arg" in
    -h | --help)
      # The usage is the comment at the top of this file; printing it must not start a run.
      sed -n '2,/^set /p' "$0" | sed '$d; s/^# \{0,1\}//'
      echo "Options and what each run measures: bench/README.md"
      exit 0
      ;;
  esac
done
cd "$(dirname "$0")/.."
. scripts/bootstrap.sh
script=bench/benchmark.ts
if [ "${1:-}" = launches ]; then
  script=bench/launchBenchmark.ts
  shift
elif [ "${1:-}" = users ]; then
  script=bench/manyUsers.ts
  shift
fi
exec node --require @backstage/cli/config/nodeTransform.cjs "$script" "$@"
