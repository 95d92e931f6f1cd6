#!/usr/bin/env bash
# A whole cluster on one machine, from Debian's packages, as root, no containers: three MariaDB
# Galera nodes (own datadirs, ports and sockets), three portal instances (the built dist) and
# HAProxy in front of both (HTTP to the portals, TCP to the one writer node). Every process is
# stopped by the id it was started with; nothing else on the machine is touched.
#
#   scripts/cluster/cluster.sh start              everything, in order (nodes, migrations, portals, HAProxy)
#   scripts/cluster/cluster.sh stop               everything, by pid
#   scripts/cluster/cluster.sh kill-node N        SIGKILL Galera node N (1-3)
#   scripts/cluster/cluster.sh start-node N       restart node N; waits until it is Synced
#   scripts/cluster/cluster.sh kill-portal N      SIGKILL portal instance N
#   scripts/cluster/cluster.sh start-portal N     restart portal N; waits for /health
#   scripts/cluster/cluster.sh status             each node's wsrep state, each portal's /health
#   scripts/cluster/cluster.sh sql N 'SQL'        runs SQL on node N through its socket
#
# CLUSTER_DIR (default /tmp/attt-cluster) holds datadirs, logs and pid files; CLUSTER_PORT_BASE
# (default 24000) places the ports: node N listens for SQL on base+10+N, Galera on base+20+N,
# IST on base+30+N, SST on base+40+N; portal N on base+50+N; HAProxy serves HTTP on base+80
# and the database on base+6. Extra portal environment: PORTAL_ENV (e.g. "SMTP_URL=smtp://…").
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
DIR="${CLUSTER_DIR:-/tmp/attt-cluster}"
BASE="${CLUSTER_PORT_BASE:-24000}"
NODES=(1 2 3)
DB_NAME=attt
DB_USER=portal
DB_PASSWORD=portal-cluster-secret
GALERA=/usr/lib/galera/libgalera_smm.so
SESSION_SECRET="${SESSION_SECRET:-cluster-session-secret-0123456789abcdef}"

sql_port() { echo $((BASE + 10 + $1)); }
galera_port() { echo $((BASE + 20 + $1)); }
ist_port() { echo $((BASE + 30 + $1)); }
sst_port() { echo $((BASE + 40 + $1)); }
portal_port() { echo $((BASE + 50 + $1)); }
http_port() { echo $((BASE + 80)); }
db_port() { echo $((BASE + 6)); }
node_dir() { echo "$DIR/node$1"; }
socket() { echo "$(node_dir "$1")/mysqld.sock"; }

log() { printf '[cluster %s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

node_sql() { mariadb --no-defaults -uroot -S "$(socket "$1")" -N -B -e "$2"; }

wsrep_state() { node_sql "$1" "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2; }

# wait_for WHAT SECONDS PIDFILE COMMAND...: until COMMAND succeeds; fails at once if the process dies.
wait_for() {
  local what="$1" deadline=$((SECONDS + $2)) pidfile="$3"
  shift 3
  while [ "$SECONDS" -lt "$deadline" ]; do
    if "$@"; then return 0; fi
    if [ -n "$pidfile" ] && ! alive "$pidfile"; then
      log "gave up waiting for $what: the process has exited"
      return 1
    fi
    sleep 0.25
  done
  log "timed out after $2 s waiting for $what"
  return 1
}

node_synced() { [ "$(wsrep_state "$1")" = Synced ]; }

start_node() {
  local n="$1" bootstrap="${2:-}" dir
  dir="$(node_dir "$n")"
  if alive "$dir/mysqld.pid"; then log "node $n is already running"; return 0; fi
  if [ ! -d "$dir/data" ]; then
    mkdir -p "$dir"
    mariadb-install-db --no-defaults --user=mysql --datadir="$dir/data" --auth-root-authentication-method=socket >"$dir/install.log" 2>&1
    chown -R mysql:mysql "$dir"
  fi
  local peers="gcomm://127.0.0.1:$(galera_port 1),127.0.0.1:$(galera_port 2),127.0.0.1:$(galera_port 3)"
  # Galera refuses tables without a primary key and writes to non-InnoDB tables (wsrep_mode), so a
  # migration that breaks either rule fails here instead of silently not replicating. One writer
  # at a time (HAProxy) lets ids step by 1, which TypeORM assumes for a multi-row INSERT's ids.
  local args=(
    --no-defaults --user=mysql --datadir="$dir/data" --socket="$(socket "$n")" --port="$(sql_port "$n")"
    --bind-address=127.0.0.1 --pid-file="$dir/data/mariadbd.pid" --log-error="$dir/error.log" --skip-name-resolve
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci --max-connections=400
    --innodb-buffer-pool-size=128M --innodb-flush-log-at-trx-commit=2 --innodb-autoinc-lock-mode=2
    --binlog-format=ROW --default-storage-engine=InnoDB
    --wsrep-on=ON --wsrep-provider="$GALERA" --wsrep-cluster-name=attt-cluster --wsrep-node-name="node$n"
    --wsrep-cluster-address="$peers" --wsrep-node-address="127.0.0.1:$(galera_port "$n")"
    --wsrep-provider-options="gmcast.listen_addr=tcp://127.0.0.1:$(galera_port "$n");ist.recv_addr=127.0.0.1:$(ist_port "$n");gcache.size=128M"
    --wsrep-sst-method=rsync --wsrep-sst-receive-address="127.0.0.1:$(sst_port "$n")"
    --wsrep-slave-threads=2 --wsrep-mode=REQUIRED_PRIMARY_KEY,STRICT_REPLICATION
    --wsrep-auto-increment-control=OFF --auto-increment-increment=1
    --wsrep-sync-wait="${CLUSTER_SYNC_WAIT:-0}"
  )
  [ "$bootstrap" = bootstrap ] && args+=(--wsrep-new-cluster)
  log "starting Galera node $n${bootstrap:+ (new cluster)} on port $(sql_port "$n")"
  /usr/sbin/mariadbd "${args[@]}" >>"$dir/stdout.log" 2>&1 &
  echo $! >"$dir/mysqld.pid"
  wait_for "node $n to be Synced" 180 "$dir/mysqld.pid" node_synced "$n"
}

# stop_process PIDFILE WHAT SIGNAL SECONDS: signals the process and waits for it to end (SIGKILL after SECONDS).
stop_process() {
  local pidfile="$1" what="$2" signal="$3" seconds="$4" pid
  alive "$pidfile" || return 0
  pid="$(cat "$pidfile")"
  kill "-$signal" "$pid"
  log "$what: sent SIG$signal"
  wait_for "$what to end" "$seconds" "" bash -c "! kill -0 $pid 2>/dev/null" || kill -KILL "$pid"
  rm -f "$pidfile"
}

kill_node() { stop_process "$(node_dir "$1")/mysqld.pid" "node $1" KILL 10; }
stop_node() { stop_process "$(node_dir "$1")/mysqld.pid" "node $1" TERM 60; }

create_database() {
  node_sql 1 "CREATE DATABASE IF NOT EXISTS $DB_NAME CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    CREATE USER IF NOT EXISTS '$DB_USER'@'127.0.0.1' IDENTIFIED BY '$DB_PASSWORD';
    GRANT ALL ON $DB_NAME.* TO '$DB_USER'@'127.0.0.1';
    CREATE USER IF NOT EXISTS 'clustercheck'@'127.0.0.1';"
}

database_url() { echo "mysql://$DB_USER:$DB_PASSWORD@127.0.0.1:$(db_port)/$DB_NAME"; }

# The environment of portal N, as NAME=value words (no spaces in any value).
portal_env() {
  echo NODE_ENV=production PORT="$(portal_port "$1")" DATABASE_URL="$(database_url)" SESSION_SECRET="$SESSION_SECRET" \
    DATA_DIR="$DIR/portal$1" CERTIFICATE_KEYS_DIR="$DIR/keys" TRUST_PROXY=1 PUBLIC_URL="http://127.0.0.1:$(http_port)" \
    WEB_CONCURRENCY=1 SCHEDULED_JOBS=false LOG_LEVEL="${PORTAL_LOG_LEVEL:-warn}" ${PORTAL_ENV:-}
}

portal_healthy() { curl -fs -o /dev/null "http://127.0.0.1:$(portal_port "$1")/health"; }

start_portal() {
  local n="$1" pidfile="$DIR/portal$1.pid"
  if alive "$pidfile"; then log "portal $n is already running"; return 0; fi
  mkdir -p "$DIR/portal$n"
  log "starting portal $n on port $(portal_port "$n")"
  # shellcheck disable=SC2046 # word splitting of the NAME=value list is intended
  (cd "$ROOT" && exec env $(portal_env "$n") node dist/src/main.js >>"$DIR/portal$n.log" 2>&1) &
  echo $! >"$pidfile"
  wait_for "portal $n /health" 120 "$pidfile" portal_healthy "$n"
}

kill_portal() { stop_process "$DIR/portal$1.pid" "portal $1" KILL 10; }
stop_portal() { stop_process "$DIR/portal$1.pid" "portal $1" TERM 20; }

start_haproxy() {
  if alive "$DIR/haproxy.pid"; then return 0; fi
  sed -e "s|@HTTP_PORT@|$(http_port)|g" -e "s|@DB_PORT@|$(db_port)|g" -e "s|@CHECK@|$ROOT/scripts/cluster/galera-check.sh|g" \
    -e "s|@NODE1@|$(sql_port 1)|g" -e "s|@NODE2@|$(sql_port 2)|g" -e "s|@NODE3@|$(sql_port 3)|g" \
    -e "s|@PORTAL1@|$(portal_port 1)|g" -e "s|@PORTAL2@|$(portal_port 2)|g" -e "s|@PORTAL3@|$(portal_port 3)|g" \
    "$ROOT/scripts/cluster/haproxy.cfg.in" >"$DIR/haproxy.cfg"
  haproxy -c -q -f "$DIR/haproxy.cfg"
  log "starting HAProxy: HTTP on $(http_port), database on $(db_port)"
  haproxy -db -f "$DIR/haproxy.cfg" >>"$DIR/haproxy.log" 2>&1 &
  echo $! >"$DIR/haproxy.pid"
  wait_for "HAProxy's database frontend" 30 "$DIR/haproxy.pid" bash -c "mariadb --no-defaults -h127.0.0.1 -P$(db_port) -u$DB_USER -p$DB_PASSWORD -e 'SELECT 1' $DB_NAME >/dev/null 2>&1"
}

stop_haproxy() { stop_process "$DIR/haproxy.pid" HAProxy TERM 10; }

migrate() {
  log "running the migrations once, before any instance starts"
  # shellcheck disable=SC2046
  (cd "$ROOT" && env $(portal_env 1) node dist/src/cli/migrate.js >>"$DIR/migrate.log" 2>&1)
}

start_all() {
  [ -f "$ROOT/dist/src/main.js" ] || { log "build first: npm run build"; exit 1; }
  mkdir -p "$DIR"
  chmod 0755 "$DIR" # mariadbd runs as mysql and must reach its datadir
  start_node 1 bootstrap
  start_node 2
  start_node 3
  create_database
  start_haproxy
  migrate
  # The first instance loads courses (and demo data outside production) alone; the others find them.
  start_portal 1
  start_portal 2 &
  local second=$!
  start_portal 3
  wait "$second"
  log "cluster up: http://127.0.0.1:$(http_port)  database $(database_url)"
}

stop_all() {
  for n in "${NODES[@]}"; do stop_portal "$n"; done
  stop_haproxy
  for n in 3 2 1; do stop_node "$n"; done
  log "cluster stopped"
}

status() {
  for n in "${NODES[@]}"; do
    echo "node $n: $(wsrep_state "$n" || true) (cluster size $(node_sql "$n" "SHOW STATUS LIKE 'wsrep_cluster_size'" 2>/dev/null | cut -f2 || true))"
  done
  for n in "${NODES[@]}"; do echo "portal $n: $(curl -s "http://127.0.0.1:$(portal_port "$n")/health" || echo down)"; done
}

case "${1:-}" in
  start) start_all ;;
  stop) stop_all ;;
  kill-node) kill_node "$2" ;;
  start-node) start_node "$2" ;;
  kill-portal) kill_portal "$2" ;;
  start-portal) start_portal "$2" ;;
  status) status ;;
  sql) node_sql "$2" "$3" ;;
  *) sed -n '2,20p' "$0" >&2; exit 2 ;;
esac
