# Shared by the scripts in src/test/ops: start the production jar with a given environment, wait, stop, check.
# Needs APP_DIR (a quarkus-app folder built with the prod profile), PG_PORT, PSQL, WORK and LOG_DIR.
PIDS=()
passed=0
failed=0
ok() { echo "  ok: $1"; passed=$((passed + 1)); }
fail() { echo "  FAILED: $1"; failed=$((failed + 1)); }
check() { if [ "$2" = "$3" ]; then ok "$1 ($2)"; else fail "$1: expected $3, got $2"; fi; }

# sql DB STATEMENT: one value, as the database owner
sql() { "$PSQL" -h 127.0.0.1 -p "$PG_PORT" -U mufakat -d "$1" -tAq -c "$2"; }
# as_admin STATEMENT: as the PostgreSQL superuser (CI's throw-away cluster trusts local connections)
as_admin() { "$PSQL" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres -tAq -v ON_ERROR_STOP=1 -c "$1"; }
new_db() { as_admin "drop database if exists $1" && as_admin "create database $1 owner mufakat"; }

# signin_token JAR BASE: opens the sign-in page and prints the token its form carries (the cookie goes to JAR)
signin_token() {
  curl -s -b "$1" -c "$1" "$2/login" | sed -n 's/.*name="signin-token" value="\([^"]*\)".*/\1/p' | head -1
}
# signin JAR BASE USER PASSWORD [TOKEN]: posts the sign-in form; prints the status code
signin() {
  local token=${5:-$(signin_token "$1" "$2")}
  curl -s -o /dev/null -w '%{http_code}' -b "$1" -c "$1" --data-urlencode "j_username=$3" \
    --data-urlencode "j_password=$4" --data-urlencode "signin-token=$token" "$2/j_security_check"
}

# launch NAME DB PORT [VAR=value ...]: starts an instance in the background; its pid is the last of PIDS
launch() {
  local name=$1 db=$2 port=$3
  shift 3
  env -i PATH="$PATH" HOME="$HOME" MUFAKAT_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$db" \
    MUFAKAT_DB_USER=mufakat MUFAKAT_DB_PASSWORD=mufakat QUARKUS_MAILER_MOCK=true MUFAKAT_REMINDER_CRON=off \
    MUFAKAT_SILENCE_CRON=off MUFAKAT_DIGEST_CRON=off QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$port" \
    QUARKUS_MANAGEMENT_HOST=127.0.0.1 QUARKUS_MANAGEMENT_PORT=$((port + 1000)) "$@" \
    java -Xmx256m -jar "$APP_DIR/quarkus-run.jar" >"$LOG_DIR/$name.log" 2>&1 &
  PIDS+=($!)
}

# ready PORT PID: waits until the instance is ready (true) or has ended (false); health is on the management port
# (PORT + 1000), or for versions before it on the application port
ready() {
  for _ in $(seq 1 240); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$(($1 + 1000))/q/health/ready")" = 200 ] && return 0
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/q/health/ready")" = 200 ] && return 0
    kill -0 "$2" 2>/dev/null || return 1
    sleep 1
  done
  return 1
}

# ended PID: waits up to two minutes for a refused start to end; sets EXIT to its exit code, or "running"
ended() {
  for _ in $(seq 1 120); do kill -0 "$1" 2>/dev/null || break; sleep 1; done
  if kill -0 "$1" 2>/dev/null; then EXIT=running; return; fi
  wait "$1" 2>/dev/null
  EXIT=$?
}

stop() { # PID
  kill "$1" 2>/dev/null
  for _ in $(seq 1 30); do kill -0 "$1" 2>/dev/null || break; sleep 1; done
  kill -9 "$1" 2>/dev/null
  wait "$1" 2>/dev/null
  return 0
}

stop_all() {
  for pid in "${PIDS[@]}"; do stop "$pid"; done
}

# launch_ready NAME DB PORT [VAR=value ...]: launch, then wait until ready; when it is not, prints the end of its log
# and returns 1. The pid is the last of PIDS.
launch_ready() {
  launch "$@"
  ready "$3" "${PIDS[-1]}" && return 0
  echo "  $1 did not become ready; the end of its log:"; tail -n 30 "$LOG_DIR/$1.log"
  return 1
}

# cookie_header JAR: the cookies of a curl cookie jar as one Cookie header value (name=value; name=value)
cookie_header() { awk -F'\t' '!/^# / && NF >= 7 { printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$1"; }
