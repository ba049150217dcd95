#!/usr/bin/env bash
# What an administrator meets when starting the production jar (docs/operations.md):
#   - settings that cannot work refuse the start with one line that names the variable and shows no secret: no
#     session key, a short one, Keycloak on without its address, a mail port that is not a number, an admin password
#     too short while no secretariat exists;
#   - a good start answers with HSTS and no-store, and serves health and metrics on the management port only;
#   - a database outage gives 503 with Retry-After (page, sign-in, API), logged once when it starts and once when it
#     ends, and the instance carries on by itself afterwards.
# Prints each check and a closing "prod-start: N passed, N failed" line; exits non-zero when a check fails.
#
# Usage: prod-start.sh APP_DIR   (the quarkus-app folder of a jar built with the prod profile)
# Environment: PG_PORT (55432), PSQL (psql), PORT (58191), LOG_DIR (a new temporary folder), and the commands that
# stop and start the PostgreSQL server: PG_STOP, PG_START (without them the outage part is skipped). The role
# mufakat (password mufakat) must exist; the superuser postgres must be able to connect without a password.
set -uo pipefail
APP_DIR=${1:?usage: prod-start.sh APP_DIR}
PG_PORT=${PG_PORT:-55432}
PSQL=${PSQL:-psql}
PORT=${PORT:-58191}
LOG_DIR=${LOG_DIR:-$(mktemp -d /tmp/mufakat-prod-start.XXXXXX)}
WORK=$(mktemp -d /tmp/mufakat-prod-start-work.XXXXXX)
. "$(dirname "$0")/lib.sh"
trap 'stop_all; rm -rf "$WORK"' EXIT
KEY=$(head -c 32 /dev/urandom | base64 | tr -d '\n')
DB=mufakat_prod_start
new_db "$DB"

# refused NAME EXPECTED-START-OF-LINE SECRET [VAR=value ...]: the start ends with that one line and shows no secret
refused() {
  local name=$1 expected=$2 secret=$3
  shift 3
  launch "$name" "$DB" "$PORT" "$@"
  local pid=${PIDS[-1]}
  ended "$pid"
  local code=$EXIT
  [ "$code" = running ] && stop "$pid"
  local log="$LOG_DIR/$name.log"
  if [ "$code" != 0 ] && [ "$code" != running ] && grep -q "^Mufakat cannot start: $expected" "$log" \
    && [ "$(grep -c 'Mufakat cannot start' "$log")" = 1 ] && ! grep -q "^[[:space:]]*at " "$log" \
    && ! grep -qi "temporary key" "$log" && ! grep -qF -- "$secret" "$log"; then
    ok "$name: refused, exit $code: $(grep '^Mufakat cannot start' "$log" | cut -c1-110)..."
  else
    fail "$name: expected a refusal starting '$expected' (exit $code); the log without its migrations:"
    grep -v "Migrating schema" "$log" | tail -n 40
  fi
}

echo "== settings that cannot work refuse the start"
refused no-session-key "MUFAKAT_SESSION_KEY is not set" "no-secret-to-find" MUFAKAT_BASE_URL=http://127.0.0.1
refused short-session-key "MUFAKAT_SESSION_KEY has fewer than 16" "CHANGE-ME" MUFAKAT_SESSION_KEY=CHANGE-ME
refused keycloak-without-address "MUFAKAT_KEYCLOAK_URL is not set" "$KEY" MUFAKAT_SESSION_KEY="$KEY" \
  MUFAKAT_KEYCLOAK_ENABLED=true MUFAKAT_KEYCLOAK_CLIENT_SECRET=a-client-secret
refused smtp-port "MUFAKAT_SMTP_PORT is not a port" "$KEY" MUFAKAT_SESSION_KEY="$KEY" QUARKUS_MAILER_MOCK=false \
  MUFAKAT_SMTP_PORT=smtp
refused short-admin-password "MUFAKAT_ADMIN_PASSWORD has fewer than 12" "CHANGE-ME" MUFAKAT_SESSION_KEY="$KEY" \
  MUFAKAT_ADMIN_USERNAME=secretariat MUFAKAT_ADMIN_PASSWORD=CHANGE-ME
check "no account was made by the refused starts" "$(sql "$DB" "select count(*) from account")" 0

echo "== a good start"
ADMIN_PASSWORD="prod-start-$(head -c 9 /dev/urandom | od -An -tx1 | tr -d ' \n')"
launch good "$DB" "$PORT" MUFAKAT_SESSION_KEY="$KEY" MUFAKAT_ADMIN_USERNAME=secretariat \
  MUFAKAT_ADMIN_PASSWORD="$ADMIN_PASSWORD"
GOOD=${PIDS[-1]}
if ready "$PORT" "$GOOD"; then ok "ready (management port $((PORT + 1000)))"; else
  fail "did not become ready"; tail -n 30 "$LOG_DIR/good.log"; echo "prod-start: $passed passed, $failed failed"; exit 1; fi
APP="http://127.0.0.1:$PORT"
MGMT="http://127.0.0.1:$((PORT + 1000))"
header() { # NAME curl-args...: the value of that response header
  local name=$1
  shift
  curl -s -o /dev/null -D - "$@" | tr -d '\r' | sed -n "s/^$name: //Ip" | head -1
}
check "HSTS" "$(header Strict-Transport-Security "$APP/login")" "max-age=31536000; includeSubDomains"
check "no-store on the sign-in page" "$(header Cache-Control "$APP/login")" "no-store"
check "no-store on JSON" "$(header Cache-Control -u "secretariat:$ADMIN_PASSWORD" "$APP/api/v1/me")" "no-store"
check "no metrics on the public port" "$(curl -s -o /dev/null -w '%{http_code}' "$APP/q/metrics")" 404
check "no health on the public port" "$(curl -s -o /dev/null -w '%{http_code}' "$APP/q/health")" 404
check "the API document on the public port" "$(curl -s -o /dev/null -w '%{http_code}' "$APP/q/openapi")" 200
check "metrics on the management port" "$(curl -s "$MGMT/q/metrics" | grep -c '^jvm_memory_used_bytes' | sed 's/^[1-9][0-9]*$/yes/')" yes
grep -qi "temporary key\|Encryption key" "$LOG_DIR/good.log" && fail "the log mentions an encryption key" \
  || ok "the log mentions no encryption key"

if [ -n "${PG_STOP:-}" ] && [ -n "${PG_START:-}" ]; then
  echo "== a database outage"
  JAR="$WORK/cookies"
  signin "$JAR" "$APP" secretariat "$ADMIN_PASSWORD" >/dev/null
  OTHER="$WORK/other-cookies"
  token=$(signin_token "$OTHER" "$APP") # a sign-in form opened before the outage and sent during it
  check "signed in before the outage" "$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR" "$APP/constituencies")" 200
  eval "$PG_STOP"
  for i in 1 2 3 4 5; do
    page=$(curl -s -o "$WORK/page" -D "$WORK/page.h" -w '%{http_code}' -b "$JAR" "$APP/constituencies")
    api=$(curl -s -o "$WORK/api" -D "$WORK/api.h" -w '%{http_code}' -u "secretariat:$ADMIN_PASSWORD" "$APP/api/v1/constituencies")
    signin=$(signin "$OTHER" "$APP" secretariat "$ADMIN_PASSWORD" "$token")
  done
  lines=$(wc -l <"$LOG_DIR/good.log")
  for _ in $(seq 1 20); do
    curl -s -o /dev/null -b "$JAR" "$APP/constituencies"
    curl -s -o /dev/null -u "secretariat:$ADMIN_PASSWORD" "$APP/api/v1/constituencies"
  done
  check "40 more requests during the outage add no log line" "$(($(wc -l <"$LOG_DIR/good.log") - lines))" 0
  check "a page during the outage" "$page" 503
  check "its Retry-After" "$(tr -d '\r' <"$WORK/page.h" | sed -n 's/^Retry-After: //Ip')" 30
  grep -q "Briefly unavailable" "$WORK/page" && ok "the page says the service is briefly unavailable" \
    || fail "the page does not say so: $(head -c 300 "$WORK/page")"
  check "the API during the outage" "$api" 503
  check "its problem JSON" "$(tr -d '\r' <"$WORK/api.h" | sed -n 's/^Content-Type: //Ip')" "application/problem+json"
  check "signing in during the outage" "$signin" 503
  eval "$PG_START"
  back=""
  for _ in $(seq 1 60); do
    back=$(curl -s -o /dev/null -w '%{http_code}' -b "$JAR" "$APP/constituencies")
    [ "$back" = 200 ] && grep -q "The database is back" "$LOG_DIR/good.log" && break
    sleep 1
  done
  check "the same session works again afterwards" "$back" 200
  check "the outage logged once" "$(grep -c 'The database cannot be reached' "$LOG_DIR/good.log")" 1
  check "its end logged once" "$(grep -c 'The database is back' "$LOG_DIR/good.log")" 1
  check "no incident (stack trace) logged for the requests" "$(grep -c 'Incident ' "$LOG_DIR/good.log")" 0
  echo "  log lines during the whole run: $(wc -l <"$LOG_DIR/good.log")"
fi

echo "prod-start: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
