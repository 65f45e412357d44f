#!/usr/bin/env bash
# Runs the review benchmark (real HTTP against the app on a random port, 10,000 dossiers) and prints its figures.
# Options: NOMINATIONS=10000 UNITS=2000 REQUESTS=200 WARMUP=30 bench/review.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
rm -f target/bench/review.txt
./mvnw -B -q test -Dgroups=benchmark -DexcludedTestGroups=none -Dtest=ReviewBenchmarkTest \
  -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.nominations="${NOMINATIONS:-10000}" -Dbench.units="${UNITS:-2000}" \
  -Dbench.requests="${REQUESTS:-200}" -Dbench.warmup="${WARMUP:-30}" \
  > target/bench-review.log 2>&1 || { tail -60 target/bench-review.log; cat target/bench/review.txt 2>/dev/null; exit 1; }
cat target/bench/review.txt
