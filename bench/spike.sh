#!/usr/bin/env bash
# The TV spike: the packaged portal and nginx serving the same HTML as a static file, side by side on this machine,
# with the same load (wrk, 256 connections, 30 s), alternating portal / nginx (A B A B A B) for each page; per round
# the ratio portal/nginx, per page the median of those ratios (one noisy round does not decide).
# Options: PORT=8084 NGINX_PORT=8184 CONNECTIONS=256 DURATION=30s ROUNDS=3 bench/spike.sh
#          PAGES="/ /results/i4-awards-2023 /results/i4-awards-2023/live?v=0p" (the last: what an open live page polls)
# Prints target/bench/spike.txt. Needs wrk and nginx on the PATH; builds the jar if it is missing (SKIP_BUILD=1 to reuse).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-8084}"
NGINX_PORT="${NGINX_PORT:-8184}"
CONNECTIONS="${CONNECTIONS:-256}"
DURATION="${DURATION:-30s}"
ROUNDS="${ROUNDS:-3}"
PAGES="${PAGES:-/ /results/i4-awards-2023 /results/i4-awards-2023/live?v=0p}"
WORK="$(mktemp -d /tmp/spike.XXXXXX)"
chmod 755 "$WORK" # nginx's workers run as an unprivileged user and must read the pages
mkdir -p target/bench "$WORK/www" "$WORK/nginx"
OUT=target/bench/spike.txt
APP_PID=""; NGINX_PID=""
cleanup() {
  [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  [[ -n "$NGINX_PID" ]] && kill "$NGINX_PID" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

if [[ "${SKIP_BUILD:-0}" != 1 || -z "$(ls target/i4-impact-portal-*.jar 2>/dev/null | grep -v plain || true)" ]]; then
  ./mvnw -B -q -DskipTests package > target/bench-spike-build.log 2>&1 || { tail -40 target/bench-spike-build.log; exit 1; }
fi
JAR="$(ls target/i4-impact-portal-*.jar | grep -v plain | head -1)"


# the portal with its own throw-away embedded PostgreSQL, no demo data (the home page is the 2026 edition)
java -Xmx1g -jar "$JAR" --server.port="$PORT" --portal.embedded-db.data-dir="$WORK/pg" \
  --portal.files.dir="$WORK/files" --portal.demo.enabled=false --logging.level.root=WARN \
  > "$WORK/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 600); do
  curl -fsS "http://127.0.0.1:$PORT/actuator/health" >/dev/null 2>&1 && break
  kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$WORK/app.log"; exit 1; }
  sleep 1
done

# nginx serves, as static files, exactly the HTML the portal answers
declare -A FILE
i=0
for page in $PAGES; do
  i=$((i + 1)); FILE[$page]="page$i.html"
  curl -fsS "http://127.0.0.1:$PORT$page" -o "$WORK/www/page$i.html"
done
chmod -R a+rX "$WORK/www"
cat > "$WORK/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
daemon off;
events { worker_connections 4096; }
http {
  access_log off;
  types { text/html html; }
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $WORK/www;
  }
}
CONF
nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" &
NGINX_PID=$!
sleep 1

run() { # label url -> "req/s p99_ms errors"
  local out; out="$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$2")"
  echo "$out" >> "$WORK/wrk.log"
  local rps p99 errs non2xx
  rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")"
  p99="$(awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub("us","",v); v=v/1000} else if (v ~ /ms$/) {sub("ms","",v)} else if (v ~ /s$/) {sub("s","",v); v=v*1000}; print v}' <<<"$out")"
  errs="$(awk '/Socket errors/ {gsub(",",""); print $4+$6+$8+$10}' <<<"$out")"
  non2xx="$(awk '/Non-2xx/ {print $5}' <<<"$out")"
  echo "${rps:-0} ${p99:-0} $(( ${errs:-0} + ${non2xx:-0} ))"
}

# warm-up of the portal (JIT), not counted
for page in $PAGES; do wrk -t2 -c32 -d5s "http://127.0.0.1:$PORT$page" >/dev/null; done

median() { tr ' ' '\n' | grep -v '^$' | sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2}'; }

{
  echo "spike benchmark $(date -u '+%d/%m/%Y %H:%M UTC'), $(nproc) cores, wrk -t2 -c$CONNECTIONS -d$DURATION, $ROUNDS rounds A B per page"
  echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
  printf '%-44s %-7s %5s %12s %10s %8s %7s\n' page server round req/s p99_ms errors ratio
} > "$OUT"
declare -A SUM_P SUM_N MAXP99_P ERR_P RATIOS
for page in $PAGES; do
  SUM_P[$page]=0; SUM_N[$page]=0; MAXP99_P[$page]=0; ERR_P[$page]=0; RATIOS[$page]=""
  for r in $(seq 1 "$ROUNDS"); do
    read -r rps p99 errs < <(run portal "http://127.0.0.1:$PORT$page")
    printf '%-44s %-7s %5s %12s %10s %8s\n' "$page" portal "$r" "$rps" "$p99" "$errs" >> "$OUT"
    SUM_P[$page]="$(echo "${SUM_P[$page]} + $rps" | bc)"
    MAXP99_P[$page]="$(echo "if ($p99 > ${MAXP99_P[$page]}) $p99 else ${MAXP99_P[$page]}" | bc)"
    ERR_P[$page]=$(( ${ERR_P[$page]} + errs ))
    portal_rps="$rps"
    read -r rps p99 errs < <(run nginx "http://127.0.0.1:$NGINX_PORT/${FILE[$page]}")
    ratio="$(echo "scale=3; $portal_rps / $rps" | bc)"
    RATIOS[$page]="${RATIOS[$page]} $ratio"
    printf '%-44s %-7s %5s %12s %10s %8s %7s\n' "$page" nginx "$r" "$rps" "$p99" "$errs" "$ratio" >> "$OUT"
    SUM_N[$page]="$(echo "${SUM_N[$page]} + $rps" | bc)"
  done
done
{
  echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  printf '%-44s %13s %12s %7s %8s %11s %7s %s\n' page portal_req/s nginx_req/s ratio median portal_p99 errors verdict
  for page in $PAGES; do
    p="$(echo "scale=1; ${SUM_P[$page]} / $ROUNDS" | bc)"; n="$(echo "scale=1; ${SUM_N[$page]} / $ROUNDS" | bc)"
    ratio="$(echo "scale=3; $p / $n" | bc)"
    med="$(echo "${RATIOS[$page]}" | median)"
    ok="$(echo "$med >= 0.5 && ${MAXP99_P[$page]} <= 100" | bc)"
    verdict=$([[ "$ok" == 1 && "${ERR_P[$page]}" == 0 ]] && echo "target met" || echo "TARGET MISSED")
    printf '%-44s %13s %12s %7s %8s %9sms %7s %s\n' "$page" "$p" "$n" "$ratio" "$med" "${MAXP99_P[$page]}" "${ERR_P[$page]}" "$verdict"
  done
  echo "(ratio = mean portal req/s / mean nginx req/s; median = median of the per-round ratios, which decides;"
  echo " p99 = worst portal round; target: median ratio >= 0.5, p99 <= 100 ms, 0 errors)"
} >> "$OUT"
cp "$WORK/wrk.log" target/bench/spike-wrk.log
cat "$OUT"
