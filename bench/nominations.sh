#!/usr/bin/env bash
# Runs the nomination benchmark (service layer + embedded PostgreSQL, in-process; not HTTP) and prints its figures.
# Options: APPLICANTS=200 SAVES=10 FILE_MB=5 bench/nominations.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
rm -f target/bench/nominations.txt
./mvnw -B -q test -Dgroups=benchmark -DexcludedTestGroups=none -Dtest=NominationBenchmarkTest \
  -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.applicants="${APPLICANTS:-200}" -Dbench.saves="${SAVES:-10}" -Dbench.file-mb="${FILE_MB:-5}" \
  > target/bench-run.log 2>&1 || { tail -50 target/bench-run.log; cat target/bench/nominations.txt 2>/dev/null; exit 1; }
cat target/bench/nominations.txt
