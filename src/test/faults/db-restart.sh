#!/usr/bin/env bash
# Database restart under load: the production jar on PostgreSQL (as src/test/ops/prod-start.sh starts it) serves four
# loops of requests (a page with a session cookie, the API with a password) while PostgreSQL is stopped for
# OUTAGE seconds and started again. Mufakat must answer every request quickly (a 503 page or problem JSON; none takes
# more than 5 s), its readiness (/q/health/ready on the management port) must go DOWN, and it must serve again within
# 10 s of PostgreSQL being back, without being restarted. prod-start.sh checks the outage's answers one by one; this
# adds the load and the timings.
# Prints the figures and a last line "db-restart: N passed, N failed"; exits non-zero when a check fails.
#
# Usage: db-restart.sh APP_DIR   (the quarkus-app folder of a jar built with the prod profile)
# Environment: PG_PORT (55432), PSQL (psql), PORT (58197), LOG_DIR (a new temporary folder), OUTAGE (8 seconds), and
# the commands that stop and start the PostgreSQL server: PG_STOP, PG_START. The role mufakat (password mufakat) must
# exist; the superuser postgres must be able to connect without a password. Uses wrk for the throughput before the
# outage when it is installed.
set -uo pipefail
APP_DIR=${1:?usage: db-restart.sh APP_DIR}
PG_PORT=${PG_PORT:-55432}
PSQL=${PSQL:-psql}
PORT=${PORT:-58197}
OUTAGE=${OUTAGE:-8}
: "${PG_STOP:?PG_STOP (the command that stops PostgreSQL) is needed}" "${PG_START:?PG_START is needed}"
LOG_DIR=${LOG_DIR:-$(mktemp -d /tmp/mufakat-db-restart.XXXXXX)}
WORK=$(mktemp -d /tmp/mufakat-db-restart-work.XXXXXX)
. "$(dirname "$0")/../ops/lib.sh"
LOOPS=()
stop_loops() { for pid in "${LOOPS[@]}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done; LOOPS=(); }
trap 'stop_loops; stop_all; rm -rf "$WORK"' EXIT
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

DB=mufakat_db_restart
new_db "$DB"
KEY=$(head -c 32 /dev/urandom | base64 | tr -d '\n')
PASSWORD="db-restart-$(head -c 9 /dev/urandom | od -An -tx1 | tr -d ' \n')"
launch_ready db-restart "$DB" "$PORT" MUFAKAT_SESSION_KEY="$KEY" MUFAKAT_ADMIN_USERNAME=secretariat \
  MUFAKAT_ADMIN_PASSWORD="$PASSWORD" || { echo "db-restart: 0 passed, 1 failed (the app did not start)"; exit 1; }
APP_PID=${PIDS[-1]}
APP="http://127.0.0.1:$PORT"
READY="http://127.0.0.1:$((PORT + 1000))/q/health/ready"
JAR="$WORK/cookies"
check "signed in" "$(signin "$JAR" "$APP" secretariat "$PASSWORD")" 302
COOKIE=$(cookie_header "$JAR")

if command -v wrk >/dev/null; then
  rate=$(wrk -t2 -c4 -d5s -H "Cookie: $COOKIE" "$APP/constituencies" 2>/dev/null | awk '/Requests\/sec/ {print $2}')
  echo "  before the outage: ${rate:-?} pages/s (wrk, 4 connections, 5 s)"
fi

# loop N URL [curl args]: requests until stopped, one line per request: start time, status, seconds taken
loop() {
  local n=$1 url=$2
  shift 2
  while :; do
    printf '%s ' "$(date +%s.%N)"
    curl -s -o /dev/null -m 10 -w '%{http_code} %{time_total}\n' "$@" "$url"
  done >"$WORK/load-$n"
}
loop 1 "$APP/constituencies" -H "Cookie: $COOKIE" & LOOPS+=($!)
loop 2 "$APP/accounts" -H "Cookie: $COOKIE" & LOOPS+=($!)
loop 3 "$APP/api/v1/constituencies" -u "secretariat:$PASSWORD" & LOOPS+=($!)
loop 4 "$APP/api/v1/me" -u "secretariat:$PASSWORD" & LOOPS+=($!)
sleep 3

echo "== PostgreSQL stopped for $OUTAGE s under load"
eval "$PG_STOP"
STOPPED=$(now)
down=""
for _ in $(seq 1 40); do
  [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$READY")" = 503 ] && { down=$(since "$STOPPED"); break; }
  sleep 0.25
done
[ -n "$down" ] && ok "readiness DOWN ${down} s after PostgreSQL stopped" || fail "readiness did not go DOWN within 10 s"
curl -s -m 5 "$READY" >"$WORK/ready-down.json"
grep -q '"status": *"DOWN"' "$WORK/ready-down.json" && ok "readiness says DOWN" \
  || fail "readiness: $(head -c 300 "$WORK/ready-down.json")"
sleep "$OUTAGE"
eval "$PG_START"
STARTED=$(now)
back=""
for _ in $(seq 1 100); do
  if [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' -H "Cookie: $COOKIE" "$APP/constituencies")" = 200 ]; then
    back=$(since "$STARTED"); break; fi
  sleep 0.1
done
ready_back=""
for _ in $(seq 1 100); do
  [ "$(curl -s -o /dev/null -m 5 -w '%{http_code}' "$READY")" = 200 ] && { ready_back=$(since "$STARTED"); break; }
  sleep 0.1
done
sleep 3
stop_loops

all=$(cat "$WORK"/load-* | awk 'NF == 3')
count() { echo "$all" | awk -v from="$1" -v to="$2" -v code="$3" '$1 >= from && $1 < to && (code == "" || $2 == code)' | wc -l; }
END=$(now)
total=$(echo "$all" | wc -l)
during=$(count "$STOPPED" "$STARTED" "")
during_503=$(count "$STOPPED" "$STARTED" 503)
during_200=$(count "$STOPPED" "$STARTED" 200)
hung=$(echo "$all" | awk '$2 == "000" || $3 > 5' | wc -l)
errors=$(echo "$all" | awk '$2 >= 500 && $2 != 503' | wc -l)
slowest=$(echo "$all" | awk -v from="$STOPPED" -v to="$STARTED" '$1 >= from && $1 < to && $3 > m { m = $3 } END { printf "%.2f", m }')
median=$(echo "$all" | awk -v from="$STOPPED" -v to="$STARTED" '$1 >= from && $1 < to { print $3 }' | sort -n \
  | awk '{ v[NR] = $1 } END { printf "%.3f", NR ? v[int((NR + 1) / 2)] : 0 }')
echo "  requests: $total in all; $during while PostgreSQL was down ($during_503 answered 503, $during_200 200 before the pool noticed), median $median s, slowest $slowest s"
echo "  after the start: served again in ${back:-never} s, ready in ${ready_back:-never} s"
check "no request took more than 5 s or went unanswered" "$hung" 0
[ "$hung" -eq 0 ] || echo "$all" | awk -v s="$STOPPED" '$2 == "000" || $3 > 5 { printf "    %+.1f s after the stop: %s in %s s\n", $1 - s, $2, $3 }'

check "no server error other than 503" "$errors" 0
[ "$during_503" -gt 0 ] && ok "the outage was answered with 503 ($during_503 requests)" || fail "no 503 during the outage"
[ -n "$back" ] && awk -v t="$back" 'BEGIN { exit !(t <= 10) }' && ok "served again within 10 s ($back s)" \
  || fail "not served again within 10 s (${back:-never})"
[ -n "$ready_back" ] && awk -v t="$ready_back" 'BEGIN { exit !(t <= 10) }' && ok "ready again within 10 s ($ready_back s)" \
  || fail "not ready again within 10 s (${ready_back:-never})"
after_ok=$(count "$(awk -v s="$STARTED" -v b="${back:-0}" 'BEGIN { printf "%.3f", s + b }')" "$END" 200)
after_all=$(count "$(awk -v s="$STARTED" -v b="${back:-0}" 'BEGIN { printf "%.3f", s + b }')" "$END" "")
check "every request after recovery served" "$after_ok" "$after_all"
kill -0 "$APP_PID" 2>/dev/null && ok "the same Mufakat process (pid $APP_PID) throughout" || fail "Mufakat is gone"
incidents=$(grep -cE 'Incident |Unhandled exception' "$LOG_DIR/db-restart.log")
check "no incident or unhandled failure (stack trace) logged" "$incidents" 0
# what failed, so that a red CI run tells the cause without its logs
[ "$incidents" -eq 0 ] || grep -E '^[0-9-]+ [0-9:,]+ ERROR .*(Incident |Unhandled exception)|^(\s*Suppressed: |Caused by: )' \
  "$LOG_DIR/db-restart.log" | cut -c1-220 | sed 's/^\s*/    /' | head -n 30
echo "db-restart: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
