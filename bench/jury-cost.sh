#!/usr/bin/env bash
# The CPU cost of one juror's dossier page and one autosave on one thread, and their SQL statements per request.
# Options: JFR=target/jury-cost.jfr bench/jury-cost.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
rm -f target/bench/jury-cost.txt
echo "load average before: $(cut -d" " -f1-3 /proc/loadavg)"
./mvnw -B -q -o test -Dgroups=benchmark -DexcludedTestGroups=none -Dtest=JuryPageCostBenchmarkTest \
  -Dsurefire.failIfNoSpecifiedTests=false -Dbench.jfr="${JFR:-}" > target/bench-jury-cost-run.log 2>&1 \
  || { tail -50 target/bench-jury-cost-run.log; exit 1; }
cat target/bench/jury-cost.txt
echo "load average after: $(cut -d" " -f1-3 /proc/loadavg)"
