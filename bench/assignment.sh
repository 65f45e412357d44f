#!/usr/bin/env bash
# Runs the assignment benchmark (10,000 dossiers x 3 jurors over 200 jurors, 2% conflicts, in-process).
# Options: DOSSIERS=10000 JURORS=200 CONFLICTS=0.02 bench/assignment.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
rm -f target/bench/assignment.txt
./mvnw -B -q test -Dgroups=benchmark -DexcludedTestGroups=none -Dtest=AssignmentBenchmarkTest \
  -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.dossiers="${DOSSIERS:-10000}" -Dbench.jurors="${JURORS:-200}" -Dbench.conflicts="${CONFLICTS:-0.02}" \
  > target/bench-assignment-run.log 2>&1 || { tail -50 target/bench-assignment-run.log; cat target/bench/assignment.txt 2>/dev/null; exit 1; }
cat target/bench/assignment.txt
