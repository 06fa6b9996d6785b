#!/usr/bin/env bash
# Runs the whole test suite several times in a row while CPU burners keep every core busy, to find flaky tests.
#   scripts/repeat-tests-under-load.sh [RUNS] [BURNERS]     defaults: 10 runs, one burner per core
# Build first (dotnet build TutorBot.sln -c Release -warnaserror). Each run's log is kept in TestResults/repeat/;
# the last line says how many runs were green. Starts its own PostgreSQL server, as .ci/run does.
set -uo pipefail
cd "$(dirname "$0")/.."

runs=${1:-10}
burners=${2:-$(nproc)}
logs=TestResults/repeat
mkdir -p "$logs"

burner_pids=()
pg_dir=$(mktemp -d /tmp/tutorbot-repeat-pg.XXXXXX)
cleanup() {
  [ ${#burner_pids[@]} -gt 0 ] && kill "${burner_pids[@]}" 2>/dev/null
  scripts/test-postgres.sh stop "$pg_dir"
}
trap cleanup EXIT

export TUTORBOT_REQUIRE_POSTGRES=1
if pg_env=$(scripts/test-postgres.sh start "$pg_dir"); then
  eval "$pg_env"
else
  echo "warning: could not start PostgreSQL; the PostgreSQL tests will fail" >&2
fi

for _ in $(seq "$burners"); do
  (while :; do :; done) &
  burner_pids+=($!)
done
echo "$burners CPU burners running on $(nproc) cores; $runs runs of the suite at $(git rev-parse --short HEAD 2>/dev/null)"

green=0
for run in $(seq "$runs"); do
  log="$logs/run-$run.log"
  started=$(date +%s)
  dotnet test TutorBot.sln -c Release --no-build >"$log" 2>&1
  status=$?
  totals=$(grep -E '(Passed|Failed)! +- +Failed:' "$log" \
    | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\1 \2 \3/' \
    | awk '{f+=$1; p+=$2; s+=$3} END {printf "%d passed, %d failed, %d skipped", p, f, s}')
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  echo "run $run: exit $status, $totals, $(( $(date +%s) - started )) s, load average $load"
  if [ "$status" -eq 0 ]; then
    green=$((green + 1))
  else
    grep -E '^\s+Failed |\[FAIL\]' "$log" | head -20
  fi
done
echo "$green of $runs runs green"
[ "$green" -eq "$runs" ]
