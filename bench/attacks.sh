#!/usr/bin/env bash
# Replays the attacks of issue 12 against the portal on 127.0.0.1 and prints how many got through (must be 0):
# forged Host on forgot-password, control characters in every text field, bidi file names, rate limits (429).
#
#   bench/attacks.sh                 # builds the jar if needed, starts a fresh portal (demo data) on port 8086
#   BASE=http://127.0.0.1:8080 bench/attacks.sh   # against a portal already running (fresh, demo data, default limits)
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-8086}"
OUT=target/attacks
mkdir -p "$OUT"
APP_PID=""
RUN=""
stop() {
  if [ -n "$APP_PID" ]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  if [ -n "$RUN" ]; then rm -rf "$RUN"; fi
}
trap stop EXIT
if [ -z "${BASE:-}" ]; then
  BASE="http://127.0.0.1:$PORT"
  if curl -fs -o /dev/null "$BASE/actuator/health"; then
    echo "Something already answers on $BASE: stop it or set BASE to attack it" >&2; exit 2
  fi
  JAR=$(ls target/i4-impact-portal-*.jar 2>/dev/null | grep -v plain | head -1 || true)
  if [ -z "$JAR" ]; then
    ./mvnw -B -q -DskipTests package > "$OUT/build.log" 2>&1 || { tail -30 "$OUT/build.log"; exit 1; }
    JAR=$(ls target/i4-impact-portal-*.jar | grep -v plain | head -1)
  fi
  RUN="$OUT/run-$(date +%s)"
  mkdir -p "$RUN"
  # a fresh embedded database and files directory each time: the counts of the rate limits start at zero
  java -jar "$JAR" --server.port="$PORT" --server.address=127.0.0.1 --portal.embedded-db.data-dir="$RUN/postgres" \
    --portal.files.dir="$RUN/files" > "$OUT/app.log" 2>&1 &
  APP_PID=$!
  for _ in $(seq 1 180); do
    curl -fs -o /dev/null "$BASE/actuator/health" && break
    kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$OUT/app.log"; exit 1; }
    sleep 1
  done
fi
BASE="$BASE" python3 bench/attacks.py | tee "$OUT/result.txt"
