#!/usr/bin/env bash
# Runs the export benchmark (10,000 dossiers exported as .xlsx and .csv, in-process) and prints its figures.
# Options: DOSSIERS=10000 ANSWER_CHARS=2000 bench/exports.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
rm -f target/bench/exports.txt
./mvnw -B -q test -Dgroups=benchmark -DexcludedTestGroups=none -Dtest=ExportBenchmarkTest \
  -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.dossiers="${DOSSIERS:-10000}" -Dbench.answer-chars="${ANSWER_CHARS:-2000}" \
  > target/bench-exports-run.log 2>&1 || { tail -50 target/bench-exports-run.log; cat target/bench/exports.txt 2>/dev/null; exit 1; }
cat target/bench/exports.txt
