#!/usr/bin/env bash
# 50 jurors at once over HTTP: the dossier page and the sheet's autosave (target p95 < 150 ms).
# Options: JURORS=50 ROUNDS=20 NOMINATIONS=2000 bench/jury.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
rm -f target/bench/jury.txt
./mvnw -B -q test -Dgroups=benchmark -DexcludedTestGroups=none -Dtest=JuryHttpBenchmarkTest \
  -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.jurors="${JURORS:-50}" -Dbench.rounds="${ROUNDS:-20}" -Dbench.nominations="${NOMINATIONS:-2000}" \
  > target/bench-jury-run.log 2>&1 || { tail -50 target/bench-jury-run.log; cat target/bench/jury.txt 2>/dev/null; exit 1; }
cat target/bench/jury.txt
