#!/usr/bin/env bash
# Two instances, one killed: two production instances on one PostgreSQL database (no shared memory, same session
# key) take statement saves from four loops, two on each, and instance A is killed with SIGKILL in the middle of them.
# Then: every save that was acknowledged (201), on A or on B, is in the database exactly once; B carries on serving
# A's session; and the scheduled jobs still run once: the reminder job (every 2 s on both instances) reminds the focal
# point once for a round opened before the kill and once for one opened after it, on the survivor, and the mail outbox
# (every 2 s) sends each reminder's e-mail once. src/test/two-instances/check.sh covers two live instances.
# Prints the figures and a last line "instance-killed: N passed, N failed"; exits non-zero when a check fails.
#
# Usage: instance-killed.sh APP_DIR   (the quarkus-app folder of a jar built with the prod profile)
# Environment: PG_PORT (55432), PSQL (psql), PORT_A (58201), PORT_B (58202), LOG_DIR (a new temporary folder). The
# role mufakat (password mufakat) must exist; the superuser postgres must be able to connect without a password.
set -uo pipefail
APP_DIR=${1:?usage: instance-killed.sh APP_DIR}
PG_PORT=${PG_PORT:-55432}
PSQL=${PSQL:-psql}
PORT_A=${PORT_A:-58201}
PORT_B=${PORT_B:-58202}
LOG_DIR=${LOG_DIR:-$(mktemp -d /tmp/mufakat-instance-killed.XXXXXX)}
WORK=$(mktemp -d /tmp/mufakat-instance-killed-work.XXXXXX)
. "$(dirname "$0")/../ops/lib.sh"
trap 'stop_all; rm -rf "$WORK"' EXIT

DB=mufakat_instance_killed
new_db "$DB"
KEY=$(head -c 32 /dev/urandom | base64 | tr -d '\n')
PASSWORD="killed-$(head -c 9 /dev/urandom | od -An -tx1 | tr -d ' \n')"
A="http://127.0.0.1:$PORT_A"
B="http://127.0.0.1:$PORT_B"
for name in A B; do
  port=PORT_$name
  launch "instance-$name" "$DB" "${!port}" MUFAKAT_SESSION_KEY="$KEY" MUFAKAT_ADMIN_USERNAME=secretariat \
    MUFAKAT_ADMIN_PASSWORD="$PASSWORD" MUFAKAT_REMINDER_CRON="0/2 * * * * ?" MUFAKAT_MAIL_OUTBOX_EVERY=2s
done
PID_A=${PIDS[0]}
PID_B=${PIDS[1]}
ready "$PORT_A" "$PID_A" && ready "$PORT_B" "$PID_B" || { tail -n 30 "$LOG_DIR"/instance-*.log
  echo "instance-killed: 0 passed, 1 failed (an instance did not start)"; exit 1; }
sql_() { sql "$DB" "$1"; }
api() { # BASE USER METHOD PATH [JSON]: prints the status, the body in $WORK/body
  curl -s -o "$WORK/body" -w '%{http_code}' -u "$2:$PASSWORD" -X "$3" -H 'Content-Type: application/json' \
    ${5:+--data "$5"} "$1$4"
}
json_id() { grep -o '"id":[0-9]*' "$WORK/body" | head -1 | cut -d: -f2; }

echo "== set-up through A"
check "constituency" "$(api "$A" secretariat POST /api/v1/constituencies '{"code":"KX","name":"Killed","country":"Nowhere"}')" 201
CID=$(json_id)
for who in killed.conv killed.fp; do
  check "account $who" "$(api "$A" secretariat POST /api/v1/accounts "{\"username\":\"$who\",\"displayName\":\"Killed $who\",\"email\":\"$who@example.org\",\"password\":\"$PASSWORD\"}")" 201
  id=$(json_id)
  [ "$who" = killed.conv ] && grant='{"role":"CONVENOR"}' || { grant="{\"role\":\"FOCAL_POINT\",\"constituencyId\":$CID}"; FP_ID=$id; }
  check "grant to $who" "$(api "$A" secretariat POST "/api/v1/accounts/$id/grants" "$grant")" 201
done
deadline=$(TZ=Asia/Bangkok date -d '+3 days' +%F)
open_round() { # BASE TITLE: a round collecting KX's input, due in 3 days (a reminder is due at once); prints its id
  api "$1" killed.conv POST /api/v1/rounds "{\"title\":\"$2\",\"themes\":[{\"code\":\"RF\",\"title\":\"Recruitment fees\"}],\"addressees\":[\"ASEAN\"],\"constituencyCodes\":[\"KX\"],\"inputDeadline\":\"$deadline\",\"reviewStages\":[\"MEMBER_REVIEW\"]}" >/dev/null
  local rid
  rid=$(json_id)
  api "$1" killed.conv POST "/api/v1/rounds/$rid/advance" '{}' >/dev/null
  echo "$rid"
}
R1=$(open_round "$A" "Before the kill")
JAR="$WORK/fp.jar"
check "the focal point signs in on A" "$(signin "$JAR" "$A" killed.fp "$PASSWORD")" 302

echo "== saves on A and B; A killed with SIGKILL in the middle"
ACKED="$WORK/acked"
: >"$ACKED"
: >"$WORK/attempted"
save_loop() { # BASE LABEL: saves statements until stopped
  local base=$1 label=$2 n=0 code
  while :; do
    n=$((n + 1))
    echo "$label-$n" >>"$WORK/attempted"
    code=$(curl -s -o /dev/null -w '%{http_code}' -m 10 -b "$JAR" -H 'Content-Type: application/json' \
      --data "{\"theme\":\"RF\",\"addressee\":\"ASEAN\",\"text\":\"Saved $label-$n.\"}" \
      "$base/api/v1/rounds/$R1/inputs/KX/statements")
    [ "$code" = 201 ] && echo "$label-$n" >>"$ACKED"
    [ "$code" = 000 ] && sleep 0.2
  done
}
LOOPS=()
save_loop "$A" a1 & LOOPS+=($!)
save_loop "$A" a2 & LOOPS+=($!)
save_loop "$B" b1 & LOOPS+=($!)
save_loop "$B" b2 & LOOPS+=($!)
sleep 4
kill -9 "$PID_A"
{ wait "$PID_A"; } 2>/dev/null
KILLED_AT=$(date +%s)
acked_a=$(grep -c '^a' "$ACKED")
sleep 4
for pid in "${LOOPS[@]}"; do kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; done
sleep 1 # a save B was answering when its loop stopped
missing=0
while read -r label; do
  [ "$(sql_ "select count(*) from input_statement where text = 'Saved $label.'")" = 1 ] || { missing=$((missing + 1)); echo "  missing or doubled: $label"; }
done <"$ACKED"
stored=$(sql_ "select count(*) from input_statement where text like 'Saved %'")
echo "  saves attempted $(wc -l <"$WORK/attempted"), acknowledged $(wc -l <"$ACKED") (by A before the kill: $acked_a), stored $stored"
check "every acknowledged save is stored once" "$missing" 0
check "the audit trail has an event for each stored save" \
  "$(sql_ "select count(*) from audit_event where action = 'input.statement-added'")" "$stored"
check "B still serves A's session" "$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR" "$B/rounds/$R1")" 200

echo "== scheduled jobs on the survivor"
R2=$(open_round "$B" "After the kill")
for _ in $(seq 1 20); do
  [ "$(sql_ "select count(*) from mail_outbox where recipient = 'killed.fp@example.org' and sent_at is not null")" -ge 2 ] && break
  sleep 1
done
sleep 4 # two more runs of each job, which must change nothing
check "one reminder for the round opened before the kill" "$(sql_ "select count(*) from reminder_sent where round_id = $R1")" 1
check "one reminder for the round opened after the kill (B alone)" "$(sql_ "select count(*) from reminder_sent where round_id = $R2")" 1
check "one notice each" "$(sql_ "select count(*) from notice where account_id = $FP_ID")" 2
check "two e-mails in the outbox, each sent once" \
  "$(sql_ "select count(*) || ' ' || coalesce(sum(attempts), 0) from mail_outbox where recipient = 'killed.fp@example.org' and sent_at is not null")" "2 2"
runs=$(curl -s "http://127.0.0.1:$((PORT_B + 1000))/q/metrics" | grep '^scheduled_methods_seconds_count' | grep 'RoundReminders' | sed 's/.* //' | cut -d. -f1 | head -1)
echo "  the reminder job ran ${runs:-?} times on B; A was killed $(( $(date +%s) - KILLED_AT )) s ago"
kill -0 "$PID_B" 2>/dev/null && ok "B is still running" || fail "B is gone"
check "no incident (stack trace) logged by B" "$(grep -c 'Incident ' "$LOG_DIR/instance-B.log")" 0
echo "instance-killed: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
