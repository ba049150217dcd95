#!/usr/bin/env bash
# Two Mufakat instances, one PostgreSQL database: starts the production build twice (ports A and B) against an empty
# database and checks what a load balancer without sticky sessions relies on:
#   - the migrations run once although both instances start at the same moment;
#   - a session opened on A continues on B (the encrypted cookie, same MUFAKAT_SESSION_KEY);
#   - two saves of the same record, one on A and one on B, from the same version: one wins, the other gets the
#     conflict page (409) that keeps the loser's text and shows the winner's;
#   - the reminder job, scheduled every 5 seconds on both instances, sends its one due reminder once.
# Prints each check and a closing "N passed, N failed" line; exits non-zero when a check fails.
#
# Usage: check.sh APP_DIR   (the quarkus-app folder of a jar built with the prod profile)
# Environment: PG_PORT (55432), PSQL (psql), PORT_A (58091), PORT_B (58092), LOG_DIR (a new temporary folder); each
# instance's management port (health, metrics) is its port + 1000;
# the database mufakat_two, owned by the role mufakat (password mufakat), must exist and be empty.
set -uo pipefail

APP_DIR=${1:?usage: check.sh APP_DIR}
PG_PORT=${PG_PORT:-55432}
PSQL=${PSQL:-psql}
PORT_A=${PORT_A:-58091}
PORT_B=${PORT_B:-58092}
LOG_DIR=${LOG_DIR:-$(mktemp -d /tmp/mufakat-two.XXXXXX)}
WORK=$(mktemp -d /tmp/mufakat-two-work.XXXXXX)
ADMIN_PASSWORD="two-instances-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
SESSION_KEY=$(head -c 32 /dev/urandom | base64 | tr -d '\n')
PIDS=()
passed=0
failed=0

sql() { "$PSQL" -h 127.0.0.1 -p "$PG_PORT" -U mufakat -d mufakat_two -tAq -c "$1"; }
ok() { echo "  ok: $1"; passed=$((passed + 1)); }
fail() { echo "  FAILED: $1"; failed=$((failed + 1)); }
check() { if [ "$2" = "$3" ]; then ok "$1 ($2)"; else fail "$1: expected $3, got $2"; fi; }

stop_all() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${PIDS[@]}"; do
    for _ in $(seq 1 30); do kill -0 "$pid" 2>/dev/null || break; sleep 1; done
    kill -9 "$pid" 2>/dev/null
  done
  rm -rf "$WORK"
}
trap stop_all EXIT

start() { # name port
  env MUFAKAT_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/mufakat_two" MUFAKAT_DB_USER=mufakat \
    MUFAKAT_DB_PASSWORD=mufakat MUFAKAT_SESSION_KEY="$SESSION_KEY" MUFAKAT_ADMIN_USERNAME=admin \
    MUFAKAT_ADMIN_PASSWORD="$ADMIN_PASSWORD" MUFAKAT_REMINDER_CRON="0/5 * * * * ?" QUARKUS_MAILER_MOCK=true \
    QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$2" MUFAKAT_BASE_URL="http://127.0.0.1:$2" \
    QUARKUS_MANAGEMENT_HOST=127.0.0.1 QUARKUS_MANAGEMENT_PORT=$(($2 + 1000)) \
    java -Xmx256m -jar "$APP_DIR/quarkus-run.jar" >"$LOG_DIR/instance-$1.log" 2>&1 &
  PIDS+=($!)
  echo "  instance $1 on 127.0.0.1:$2 (pid $!, log $LOG_DIR/instance-$1.log)"
}

ready() { # port pid (health is on the management port, port + 1000)
  for _ in $(seq 1 240); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$(($1 + 1000))/q/health/ready")" = 200 ] && return 0
    kill -0 "$2" 2>/dev/null || return 1
    sleep 1
  done
  return 1
}

# curl with a cookie jar; prints the status code, keeps the body in $WORK/body and headers in $WORK/headers.
web() { # jar method url [curl args...]
  local jar=$1 method=$2 url=$3
  shift 3
  curl -s -o "$WORK/body" -D "$WORK/headers" -w '%{http_code}' -b "$jar" -c "$jar" -X "$method" "$url" "$@"
}
token() { sed -n 's/.*name="csrf-token" value="\([^"]*\)".*/\1/p' "$WORK/body" | head -1; }
location() { tr -d '\r' <"$WORK/headers" | sed -n 's/^[Ll]ocation: //p' | tail -1; }
post_form() { # jar base form-page action [--data-urlencode field=value ...]
  local jar=$1 base=$2 page=$3 action=$4
  shift 4
  web "$jar" GET "$base$page" >/dev/null
  web "$jar" POST "$base$action" --data-urlencode "csrf-token=$(token)" "$@"
}

A="http://127.0.0.1:$PORT_A"
B="http://127.0.0.1:$PORT_B"

echo "== two instances on one database"
start A "$PORT_A"
start B "$PORT_B"
if ready "$PORT_A" "${PIDS[0]}" && ready "$PORT_B" "${PIDS[1]}"; then ok "both instances ready (/q/health/ready)"; else
  fail "an instance did not become ready"; tail -n 40 "$LOG_DIR"/instance-*.log; echo "two-instances: $passed passed, $failed failed"
  exit 1; fi

files=$(unzip -l "$APP_DIR/app/"*.jar 2>/dev/null | grep -c 'db/migration/V.*\.sql')
check "every migration applied once" "$(sql "select count(*) from flyway_schema_history where success and version is not null")" "$files"
check "one first secretariat account, though both started with MUFAKAT_ADMIN_*" \
  "$(sql "select count(*) from account where username = 'admin'")" 1

echo "== a session opened on A continues on B"
JAR_A="$WORK/a.cookies"
web "$JAR_A" GET "$A/login" >/dev/null
signin_token=$(sed -n 's/.*name="signin-token" value="\([^"]*\)".*/\1/p' "$WORK/body" | head -1)
code=$(web "$JAR_A" POST "$A/j_security_check" --data-urlencode j_username=admin --data-urlencode "j_password=$ADMIN_PASSWORD" \
  --data-urlencode "signin-token=$signin_token")
check "sign-in on A redirects" "$code" 302
grep -q 'mufakat-session' "$JAR_A" && ok "A set the session cookie" || fail "A set no session cookie"
JAR_B="$WORK/b.cookies"
cp "$JAR_A" "$JAR_B"
code=$(web "$JAR_B" GET "$B/")
check "B serves the dashboard with A's cookie" "$code" 200
grep -q "Welcome, Secretariat" "$WORK/body" && ok "B knows who is signed in" || fail "B does not greet the secretariat"

echo "== conflicting saves on A and B"
code=$(post_form "$JAR_A" "$A" /constituencies/new /constituencies --data-urlencode code=ZZ \
  --data-urlencode "name=Zedland" --data-urlencode country=Zedland)
check "constituency created on A" "$code" 303
cid=$(location | sed -n 's#.*/constituencies/\([0-9]*\).*#\1#p')
web "$JAR_A" GET "$A/constituencies/$cid/edit" >/dev/null
token_a=$(token)
version_a=$(sed -n 's/.*name="version" value="\([0-9]*\)".*/\1/p' "$WORK/body" | head -1)
web "$JAR_B" GET "$B/constituencies/$cid/edit" >/dev/null
token_b=$(token)
version_b=$(sed -n 's/.*name="version" value="\([0-9]*\)".*/\1/p' "$WORK/body" | head -1)
check "both forms hold the same version" "$version_b" "$version_a"
code=$(web "$JAR_A" POST "$A/constituencies/$cid" --data-urlencode "csrf-token=$token_a" --data-urlencode code=ZZ \
  --data-urlencode "name=Zedland saved on A" --data-urlencode country=Zedland --data-urlencode "version=$version_a")
check "the save on A wins" "$code" 303
code=$(web "$JAR_B" POST "$B/constituencies/$cid" --data-urlencode "csrf-token=$token_b" --data-urlencode code=ZZ \
  --data-urlencode "name=Zedland typed on B" --data-urlencode country=Zedland --data-urlencode "version=$version_b")
check "the save on B gets the conflict page" "$code" 409
grep -q 'value="Zedland typed on B"' "$WORK/body" && ok "the conflict page keeps B's text" || fail "B's text is lost"
grep -q 'Zedland saved on A' "$WORK/body" && ok "the conflict page shows what A saved" || fail "A's text is not shown"
check "the database holds A's text" "$(sql "select name from constituency where id = $cid")" "Zedland saved on A"

echo "== the reminder job runs every 5 seconds on both and reminds once"
for who in convenor focal; do
  code=$(post_form "$JAR_A" "$A" /accounts/new /accounts --data-urlencode "username=$who" \
    --data-urlencode "displayName=Two $who" --data-urlencode "email=$who@example.org" \
    --data-urlencode "password=$ADMIN_PASSWORD")
  [ "$code" = 303 ] || fail "account $who not created ($code)"
  id=$(location | sed -n 's#.*/accounts/\([0-9]*\).*#\1#p')
  if [ "$who" = convenor ]; then
    code=$(post_form "$JAR_A" "$A" "/accounts/$id" "/accounts/$id/grants" --data-urlencode role=CONVENOR)
  else
    focal_id=$id
    code=$(post_form "$JAR_A" "$A" "/accounts/$id" "/accounts/$id/grants" --data-urlencode role=FOCAL_POINT \
      --data-urlencode "constituencyId=$cid")
  fi
  check "role granted to $who" "$code" 303
done
deadline=$(TZ=Asia/Bangkok date -d '+3 days' +%F)
code=$(curl -s -o "$WORK/body" -w '%{http_code}' -u "convenor:$ADMIN_PASSWORD" -H 'Content-Type: application/json' \
  -d "{\"title\":\"Two instances round\",\"themes\":[{\"code\":\"RF\",\"title\":\"Recruitment fees\"}],\"addressees\":[\"To ASEAN\"],\"constituencyCodes\":[\"ZZ\"],\"inputDeadline\":\"$deadline\",\"reviewStages\":[\"MEMBER_REVIEW\"]}" \
  "$B/api/v1/rounds")
check "round set up through B's API" "$code" 201
[ "$code" = 201 ] || head -c 600 "$WORK/body"
rid=$(sed -n 's/^{"id":\([0-9]*\).*/\1/p' "$WORK/body")
rid=${rid:-0}
code=$(curl -s -o "$WORK/body" -w '%{http_code}' -u "convenor:$ADMIN_PASSWORD" -H 'Content-Type: application/json' \
  -d '{}' "$A/api/v1/rounds/$rid/advance")
check "round opened for inputs through A's API (deadline $deadline, in 3 days: a reminder is due)" "$code" 200
[ "$code" = 200 ] || head -c 600 "$WORK/body"
sleep 22
runs() { curl -s "http://127.0.0.1:$(($1 + 1000))/q/metrics" | grep '^scheduled_methods_seconds_count' | grep 'RoundReminders' | sed 's/.* //' | cut -d. -f1 | head -1; }
runs_a=$(runs "$PORT_A")
runs_b=$(runs "$PORT_B")
if [ "${runs_a:-0}" -ge 2 ] && [ "${runs_b:-0}" -ge 2 ]; then ok "the job fired on both instances (A ${runs_a}x, B ${runs_b}x)"; else
  fail "the job did not fire on both instances (A ${runs_a:-0}x, B ${runs_b:-0}x)"; fi
check "one reminder recorded" "$(sql "select count(*) from reminder_sent where round_id = $rid")" 1
check "one audit event for it" "$(sql "select count(*) from audit_event where action = 'round.reminder-sent' and object_id = '$rid'")" 1
check "one notice to the focal point" "$(sql "select count(*) from notice where account_id = $focal_id")" 1

echo "== memory after the run"
for i in "${!PIDS[@]}"; do
  echo "  instance $([ "$i" = 0 ] && echo A || echo B): $(awk '/VmRSS/ {printf "%d MiB", $2/1024}' "/proc/${PIDS[$i]}/status") resident"
done

echo "two-instances: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
