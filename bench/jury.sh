#!/usr/bin/env bash
# 50 jurors at once over HTTP: the dossier page and the sheet's autosave (target p95 < 150 ms), measured twice:
# closed loop (saturation, no think time) and paced (each juror one request every PACED_EVERY_MS).
# Options: JURORS=50 ROUNDS=20 NOMINATIONS=2000 PACED_EVERY_MS=1000 PACED_SECONDS=30 JFR=target/jury.jfr bench/jury.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
rm -f target/bench/jury.txt
echo "load average before: $(cut -d" " -f1-3 /proc/loadavg)"
./mvnw -B -q test -Dgroups=benchmark -DexcludedTestGroups=none -Dtest=JuryHttpBenchmarkTest \
  -Dsurefire.failIfNoSpecifiedTests=false \
  -Dbench.jurors="${JURORS:-50}" -Dbench.rounds="${ROUNDS:-20}" -Dbench.nominations="${NOMINATIONS:-2000}" \
  -Dbench.paced-every-ms="${PACED_EVERY_MS:-1000}" -Dbench.paced-seconds="${PACED_SECONDS:-30}" -Dbench.jfr="${JFR:-}" \
  > target/bench-jury-run.log 2>&1 || { tail -50 target/bench-jury-run.log; cat target/bench/jury.txt 2>/dev/null; exit 1; }
cat target/bench/jury.txt
echo "load average after: $(cut -d" " -f1-3 /proc/loadavg)"
