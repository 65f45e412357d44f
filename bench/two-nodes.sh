#!/usr/bin/env bash
# Two portal nodes on one PostgreSQL behind nginx (round-robin, not sticky), all on 127.0.0.1: logs in as each role,
# saves a draft 40 times, asks for password-reset mails, kills one node with -9 half-way, and reports sessions kept,
# saves lost or doubled and mails sent twice (all must be 0). No Docker: PostgreSQL is the portal's embedded one,
# run standalone. Needs nginx and python3. Options: SKIP_BUILD=1 SAVES=40 KILL_AT=15 bench/two-nodes.sh
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RUN=$ROOT/target/two-nodes
PG_PORT=${PG_PORT:-55432}; NODE1=${NODE1:-8082}; NODE2=${NODE2:-8092}; LB=${LB:-8180}; SMTP=${SMTP:-2525}
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  for p in "${PIDS[@]}"; do for _ in $(seq 1 30); do kill -0 "$p" 2>/dev/null || break; sleep 1; done; done
}
trap cleanup EXIT

if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -q -B -DskipTests package > target/two-nodes-build.log 2>&1 || { tail -30 target/two-nodes-build.log; exit 1; }
fi
JAR=$(ls target/i4-impact-portal-*.jar | grep -v plain | head -1)
rm -rf "$RUN"; mkdir -p "$RUN/files" "$RUN/nginx"

wait_for() { # url, seconds, log
  for _ in $(seq 1 "$2"); do curl -fs "$1" > /dev/null 2>&1 && return 0; sleep 1; done
  echo "no answer from $1"; tail -40 "$3"; exit 1
}

echo "1. schema and demo data: one embedded start on $RUN/postgres, then stopped"
java -jar "$JAR" --server.port=$NODE1 --portal.embedded-db.data-dir="$RUN/postgres" --portal.embedded-db.port=$PG_PORT \
  --portal.files.dir="$RUN/files" > "$RUN/seed.log" 2>&1 &
SEED=$!; PIDS+=($SEED)
wait_for "http://127.0.0.1:$NODE1/actuator/health/readiness" 600 "$RUN/seed.log"
kill $SEED; wait $SEED 2>/dev/null || true

echo "2. PostgreSQL standalone on localhost:$PG_PORT"
java -Dloader.main=vn.i4impact.portal.shared.db.StandaloneEmbeddedDatabase -cp "$JAR" \
  org.springframework.boot.loader.launch.PropertiesLauncher "$RUN/postgres" $PG_PORT > "$RUN/postgres.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 60); do grep -q READY "$RUN/postgres.log" && break; sleep 1; done
grep -q READY "$RUN/postgres.log" || { tail -30 "$RUN/postgres.log"; exit 1; }

echo "3. an SMTP sink on $SMTP and two nodes on $NODE1 and $NODE2 (same database, same files directory)"
python3 bench/smtp_sink.py $SMTP "$RUN/mails.jsonl" > "$RUN/smtp.log" 2>&1 &
PIDS+=($!)
node() {
  SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:$PG_PORT/postgres SPRING_DATASOURCE_USERNAME=postgres \
  SPRING_DATASOURCE_PASSWORD=postgres PORTAL_FILES_DIR="$RUN/files" PORTAL_BASE_URL=http://127.0.0.1:$LB PORTAL_TRUSTED_PROXIES=127.0.0.1 \
  SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT=$SMTP PORTAL_MAIL_POLL_INTERVAL=PT1S PORTAL_MAIL_CLAIM_LEASE=PT20S \
  java -Xmx512m -jar "$JAR" --server.port="$1" > "$RUN/node-$1.log" 2>&1 &
  PIDS+=($!)
}
node $NODE1; N1=$!
node $NODE2; N2=$!
wait_for "http://127.0.0.1:$NODE1/actuator/health/readiness" 600 "$RUN/node-$NODE1.log"
wait_for "http://127.0.0.1:$NODE2/actuator/health/readiness" 600 "$RUN/node-$NODE2.log"

echo "4. nginx on 127.0.0.1:$LB, round-robin"
mkdir -p "$RUN/nginx/tmp"
cat > "$RUN/nginx/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $RUN/nginx/nginx.pid;
error_log $RUN/nginx/error.log;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path $RUN/nginx/tmp/body; proxy_temp_path $RUN/nginx/tmp/proxy;
  fastcgi_temp_path $RUN/nginx/tmp/fcgi; uwsgi_temp_path $RUN/nginx/tmp/uwsgi; scgi_temp_path $RUN/nginx/tmp/scgi;
  upstream portal {
    server 127.0.0.1:$NODE1 max_fails=1 fail_timeout=10s;
    server 127.0.0.1:$NODE2 max_fails=1 fail_timeout=10s;
  }
  server {
    listen 127.0.0.1:$LB;
    client_max_body_size 120m;
    location / {
      proxy_pass http://portal;
      proxy_set_header Host \$http_host;
      proxy_set_header X-Forwarded-For \$remote_addr;
      add_header X-Upstream \$upstream_addr always;
    }
  }
}
CONF
nginx -c "$RUN/nginx/nginx.conf" -p "$RUN/nginx" &
PIDS+=($!)
wait_for "http://127.0.0.1:$LB/actuator/health/readiness" 20 "$RUN/nginx/error.log"

echo "5. the run (node $NODE2 is killed with -9 during it)"
python3 bench/two_nodes.py "http://127.0.0.1:$LB" "$N2" "$RUN/mails.jsonl" | tee "$RUN/result.txt"
