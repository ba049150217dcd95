#!/usr/bin/env bash
# Kill and count: a save the API acknowledged (201) survives the app being killed. Starts the packaged app, sets up a
# collecting round through its pages and API, then, KILLS times: saves statements through the API in a loop, counting
# every 201, and kills the app with SIGKILL in the middle of it, after a random 2-5 seconds; restarts it each time.
# After the last restart it reads the input back through the API and fails if any acknowledged statement is missing.
# Statements whose request got no answer (cut by the kill) may or may not be there; only acknowledged ones count.
#
# Usage: kill-and-count.sh h2 APP_DIR   the quarkus-app folder of a jar built with -Dquarkus.profile=embedded; runs
#                                       it as the README does, in a new empty folder (its H2 database in ./data)
#        kill-and-count.sh pg APP_DIR   the quarkus-app folder of the production jar; the database mufakat_crash,
#                                       owned by the role mufakat (password mufakat), must exist and be empty
# Environment: PORT (58094), PG_PORT (55432), KILLS (5), SAVERS (3 parallel loops), LOG_DIR (a new temporary folder); H2_URL replaces the
# embedded profile's JDBC URL (to show that the check catches a lossy setting, e.g. one with WRITE_DELAY=500).
# Prints each step and a closing "kill-and-count (MODE): N acknowledged, N missing" line; exits non-zero on a loss.
set -uo pipefail

MODE=${1:?usage: kill-and-count.sh h2|pg APP_DIR}
APP_DIR=$(cd "${2:?usage: kill-and-count.sh h2|pg APP_DIR}" && pwd)
PORT=${PORT:-58094}
MGMT_PORT=$((PORT + 1000)) # health checks are on the management port
PG_PORT=${PG_PORT:-55432}
KILLS=${KILLS:-5}
LOG_DIR=${LOG_DIR:-$(mktemp -d /tmp/mufakat-crash.XXXXXX)}
WORK=$(mktemp -d /tmp/mufakat-crash-work.XXXXXX)
BASE="http://127.0.0.1:$PORT"
PASSWORD="kill-and-count-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
SESSION_KEY=$(head -c 32 /dev/urandom | base64 | tr -d '\n')
APP_PID=""
LIFE=0

case "$MODE" in
  h2) ADMIN=secretariat; ADMIN_PASSWORD=musyawarah-2026 ;;
  pg) ADMIN=admin; ADMIN_PASSWORD=$PASSWORD ;;
  *) echo "usage: kill-and-count.sh h2|pg APP_DIR"; exit 2 ;;
esac

stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID" 2>/dev/null
    for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$APP_PID" 2>/dev/null
  fi
  APP_PID=""
}
cleanup() { stop_app; rm -rf "$WORK"; }
trap cleanup EXIT

start() {
  LIFE=$((LIFE + 1))
  local log="$LOG_DIR/crash-$MODE-$LIFE.log"
  if [ "$MODE" = h2 ]; then
    (cd "$WORK" && exec env QUARKUS_HTTP_PORT="$PORT" QUARKUS_MANAGEMENT_PORT="$MGMT_PORT" \
      ${H2_URL:+_EMBEDDED_QUARKUS_DATASOURCE_JDBC_URL="$H2_URL"} \
      java -Xmx256m -jar "$APP_DIR/quarkus-run.jar") >"$log" 2>&1 &
  else
    env MUFAKAT_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/mufakat_crash" MUFAKAT_DB_USER=mufakat \
      MUFAKAT_DB_PASSWORD=mufakat MUFAKAT_SESSION_KEY="$SESSION_KEY" MUFAKAT_ADMIN_USERNAME=admin \
      MUFAKAT_ADMIN_PASSWORD="$PASSWORD" MUFAKAT_REMINDER_CRON=off MUFAKAT_SILENCE_CRON=off MUFAKAT_DIGEST_CRON=off \
      QUARKUS_MAILER_MOCK=true QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$PORT" \
      QUARKUS_MANAGEMENT_HOST=127.0.0.1 QUARKUS_MANAGEMENT_PORT="$MGMT_PORT" \
      java -Xmx256m -jar "$APP_DIR/quarkus-run.jar" >"$log" 2>&1 &
  fi
  APP_PID=$!
  for _ in $(seq 1 240); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$MGMT_PORT/q/health/ready")" = 200 ] && return 0
    kill -0 "$APP_PID" 2>/dev/null || break
    sleep 1
  done
  echo "  the app did not become ready (life $LIFE); the end of its log:"; tail -n 30 "$log"
  return 1
}

fail_setup() { echo "  FAILED: $1"; tail -c 600 "$WORK/body" 2>/dev/null; echo; echo "kill-and-count ($MODE): setup failed"; exit 1; }

# curl with a cookie jar; prints the status code, keeps the body in $WORK/body and headers in $WORK/headers.
web() { # method url [curl args...]
  local method=$1 url=$2
  shift 2
  curl -s -o "$WORK/body" -D "$WORK/headers" -w '%{http_code}' -b "$WORK/jar" -c "$WORK/jar" -X "$method" "$url" "$@"
}
token() { sed -n 's/.*name="csrf-token" value="\([^"]*\)".*/\1/p' "$WORK/body" | head -1; }
location() { tr -d '\r' <"$WORK/headers" | sed -n 's/^[Ll]ocation: //p' | tail -1; }
post_form() { # form-page action [--data-urlencode field=value ...]
  local page=$1 action=$2
  shift 2
  web GET "$BASE$page" >/dev/null
  web POST "$BASE$action" --data-urlencode "csrf-token=$(token)" "$@"
}
api() { # user password method path [json]
  curl -s -o "$WORK/body" -w '%{http_code}' -u "$1:$2" -X "$3" -H 'Content-Type: application/json' \
    ${5:+--data "$5"} "$BASE$4"
}
signin() { # jar user password: the sign-in form, with the token /login hands out; prints the status code
  local jar=$1 tok
  curl -s -o "$WORK/login" -b "$jar" -c "$jar" "$BASE/login"
  tok=$(sed -n 's/.*name="signin-token" value="\([^"]*\)".*/\1/p' "$WORK/login" | head -1)
  curl -s -o /dev/null -w '%{http_code}' -b "$jar" -c "$jar" --data-urlencode "j_username=$2" \
    --data-urlencode "j_password=$3" --data-urlencode "signin-token=$tok" "$BASE/j_security_check"
}
json_id() { grep -o '"id":[0-9]*' "$WORK/body" | head -1 | cut -d: -f2; }

echo "== kill and count on $MODE ($KILLS kills, app on $BASE, logs in $LOG_DIR)"
start || exit 1

# A constituency of its own, a convenor and a focal point, and a round collecting inputs from it.
code=$(signin "$WORK/jar" "$ADMIN" "$ADMIN_PASSWORD")
[ "$code" = 302 ] || fail_setup "sign-in of $ADMIN answered $code"
CODE="KC$(head -c 2 /dev/urandom | od -An -tu2 | tr -d ' ')"
code=$(post_form /constituencies/new /constituencies --data-urlencode "code=$CODE" \
  --data-urlencode "name=Kill and count" --data-urlencode country=Nowhere)
[ "$code" = 303 ] || fail_setup "creating constituency $CODE answered $code"
CID=$(location | sed -n 's#.*/constituencies/\([0-9]*\).*#\1#p')
for who in conv fp; do
  code=$(api "$ADMIN" "$ADMIN_PASSWORD" POST /api/v1/accounts "{\"username\":\"crash.$who\",\"displayName\":\"Crash $who\",\"email\":\"crash.$who@example.org\",\"password\":\"$PASSWORD\"}")
  [ "$code" = 201 ] || fail_setup "creating account crash.$who answered $code"
  id=$(json_id)
  if [ "$who" = conv ]; then grant=(--data-urlencode role=CONVENOR); else
    grant=(--data-urlencode role=FOCAL_POINT --data-urlencode "constituencyId=$CID"); fi
  code=$(post_form "/accounts/$id" "/accounts/$id/grants" "${grant[@]}")
  [ "$code" = 303 ] || fail_setup "granting a role to crash.$who answered $code"
done
deadline=$(date -d "+30 days" +%F)
code=$(api crash.conv "$PASSWORD" POST /api/v1/rounds "{\"title\":\"Kill and count\",\"themes\":[{\"code\":\"RF\",\"title\":\"Recruitment fees\"}],\"addressees\":[\"ASEAN\"],\"constituencyCodes\":[\"$CODE\"],\"inputDeadline\":\"$deadline\",\"reviewStages\":[\"MEMBER_REVIEW\"]}")
[ "$code" = 201 ] || fail_setup "creating the round answered $code"
RID=$(json_id)
code=$(api crash.conv "$PASSWORD" POST "/api/v1/rounds/$RID/advance" '{"from":"SETUP"}')
[ "$code" = 200 ] || fail_setup "opening the round for inputs answered $code"
echo "  round $RID collects the input of $CODE; crash.fp saves statements"

ACKED="$WORK/acked"
: >"$ACKED"
SAVERS=${SAVERS:-3}
save_loop() { # jar first step: saves statements first, first+step, ... until the app is gone
  local jar=$1 n=$2 step=$3 code
  while kill -0 "$APP_PID" 2>/dev/null; do
    code=$(curl -s -o /dev/null -w '%{http_code}' -m 10 -b "$jar" -H 'Content-Type: application/json' \
      --data "{\"theme\":\"RF\",\"addressee\":\"ASEAN\",\"text\":\"Kill and count statement $n.\"}" \
      "$BASE/api/v1/rounds/$RID/inputs/$CODE/statements")
    [ "$code" = 201 ] && echo "$n" >>"$ACKED"
    n=$((n + step))
  done
}

for kill in $(seq 1 "$KILLS"); do
  # The savers use a signed-in session: HTTP Basic would hash the password on every request and slow them down.
  rm -f "$WORK/fp.jar"
  signin "$WORK/fp.jar" crash.fp "$PASSWORD" >/dev/null
  before=$(wc -l <"$ACKED")
  savers=()
  for k in $(seq 1 "$SAVERS"); do
    save_loop "$WORK/fp.jar" $((kill * 1000000 + k)) "$SAVERS" &
    savers+=($!)
  done
  sleep $((2 + RANDOM % 4)).$((RANDOM % 10))
  kill -9 "$APP_PID"
  { wait "$APP_PID"; } 2>/dev/null
  wait "${savers[@]}"
  echo "  life $LIFE: $(($(wc -l <"$ACKED") - before)) saves acknowledged, then SIGKILL"
  APP_PID=""
  start || { echo "kill-and-count ($MODE): the app did not come back after kill $kill"; exit 1; }
done

code=$(api crash.fp "$PASSWORD" GET "/api/v1/rounds/$RID/inputs/$CODE")
[ "$code" = 200 ] || fail_setup "reading the input back answered $code"
grep -o 'Kill and count statement [0-9]*\.' "$WORK/body" | sed 's/[^0-9]//g' | sort -n | uniq >"$WORK/stored"
sort -n "$ACKED" | uniq >"$WORK/acked.sorted"
missing=$(comm -23 "$WORK/acked.sorted" "$WORK/stored" | tr '\n' ' ')
acked=$(wc -l <"$WORK/acked.sorted")
stored=$(wc -l <"$WORK/stored")
stop_app
lost=$(echo "$missing" | wc -w)
echo "  $acked acknowledged, $stored stored"
[ "$lost" -eq 0 ] || echo "  FAILED: acknowledged but missing after the kills: $missing"
[ "$acked" -gt 0 ] || echo "  FAILED: no save was acknowledged"
echo "kill-and-count ($MODE): $acked acknowledged, $lost missing"
[ "$lost" -eq 0 ] && [ "$acked" -gt 0 ]
