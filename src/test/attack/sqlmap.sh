#!/usr/bin/env bash
# Injection (ASVS 5.0 V1.2.4): Debian's sqlmap against the search and list endpoints, pages and API, with their
# filter and paging parameters (there is no sort parameter: every list has one fixed order), signed in with a session
# cookie. Starts the production jar on its own PostgreSQL database as src/test/ops/prod-start.sh does, with a few rows
# so that a condition can change the answer, then runs sqlmap once per endpoint (batch, level 2, risk 1, boolean,
# error, UNION and stacked techniques, a time limit per endpoint) and reads its verdict.
# Prints each endpoint's verdict and a last line "sqlmap: N endpoints, M findings"; exits 1 on a finding (or when
# the app does not start or sqlmap cannot run).
#
# Usage: sqlmap.sh APP_DIR   (the quarkus-app folder of a jar built with the prod profile)
# Environment: PG_PORT (55432), PSQL (psql), PORT (58195), LOG_DIR (a new temporary folder), SQLMAP_SECONDS (60 per
# endpoint). The role mufakat (password mufakat) must exist; the superuser postgres must connect without a password.
# Installs sqlmap with apt when it is missing.
set -uo pipefail
APP_DIR=${1:?usage: sqlmap.sh APP_DIR}
PG_PORT=${PG_PORT:-55432}
PSQL=${PSQL:-psql}
PORT=${PORT:-58195}
SQLMAP_SECONDS=${SQLMAP_SECONDS:-60}
LOG_DIR=${LOG_DIR:-$(mktemp -d /tmp/mufakat-sqlmap.XXXXXX)}
WORK=$(mktemp -d /tmp/mufakat-sqlmap-work.XXXXXX)
. "$(dirname "$0")/../ops/lib.sh"
trap 'stop_all; rm -rf "$WORK"' EXIT

if ! command -v sqlmap >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends sqlmap >/dev/null 2>&1 \
    || { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends sqlmap >/dev/null; }
fi
command -v sqlmap >/dev/null || { echo "sqlmap: cannot be installed"; echo "sqlmap: 0 endpoints, 0 findings (not run)"; exit 1; }
echo "  $(sqlmap --version 2>/dev/null | head -1 | sed 's/^/sqlmap /')"

DB=mufakat_sqlmap
new_db "$DB"
KEY=$(head -c 32 /dev/urandom | base64 | tr -d '\n')
PASSWORD="sqlmap-$(head -c 9 /dev/urandom | od -An -tx1 | tr -d ' \n')"
launch_ready sqlmap-app "$DB" "$PORT" MUFAKAT_SESSION_KEY="$KEY" MUFAKAT_ADMIN_USERNAME=secretariat \
  MUFAKAT_ADMIN_PASSWORD="$PASSWORD" || { echo "sqlmap: 0 endpoints, 0 findings (the app did not start)"; exit 1; }
APP="http://127.0.0.1:$PORT"
api() { curl -s -o /dev/null -w '%{http_code}' -u "secretariat:$PASSWORD" -H 'Content-Type: application/json' "$@"; }
# A few rows, so that a true and a false condition would give different answers.
api -d '{"code":"ID","name":"Indonesia","country":"Indonesia"}' "$APP/api/v1/constituencies" >/dev/null
api -d '{"code":"PH","name":"Philippines","country":"Philippines"}' "$APP/api/v1/constituencies" >/dev/null
api -d '{"name":"Migrant CARE","acronym":"MC"}' "$APP/api/v1/constituencies/ID/organisations" >/dev/null
api -d '{"name":"ASEAN Forum on Migrant Labour","acronym":"AFML","space":"SANCTIONED","entry":"INVITATION"}' "$APP/api/v1/forums" >/dev/null

JAR="$WORK/cookies"
check "signed in" "$(signin "$JAR" "$APP" secretariat "$PASSWORD")" 302
COOKIE=$(cookie_header "$JAR")
check "the session cookie opens a page" "$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "$APP/accounts")" 200

ENDPOINTS=(
  "/api/v1/accounts?q=sec&page=1"
  "/api/v1/constituencies?q=ind&page=1"
  "/api/v1/organisations?q=mig&constituency=ID&page=1"
  "/api/v1/forums?q=asean&space=SANCTIONED&page=1"
  "/api/v1/rounds?status=SETUP&page=1"
  "/api/v1/allies?kind=OTHER&country=Indonesia&page=1"
  "/api/v1/notices?page=1"
  "/accounts?q=sec&page=1"
  "/constituencies?q=ind&page=1"
  "/organisations?q=mig&constituency=1&page=1"
  "/forums?q=asean&space=CREATED"
  "/allies?kind=OTHER&country=Indonesia&page=1"
  "/audit?actor=secretariat&action=account.created&type=Account&from=2020-01-01&until=2099-01-01&page=1"
)
findings=0
tested=0
started=$SECONDS
for endpoint in "${ENDPOINTS[@]}"; do
  tested=$((tested + 1))
  out="$LOG_DIR/sqlmap-$tested.log"
  params=$(echo "${endpoint#*\?}" | tr '&' '\n' | cut -d= -f1 | paste -sd, -)
  t0=$SECONDS
  timeout --kill-after=10 "$SQLMAP_SECONDS" sqlmap -u "$APP$endpoint" --batch --level=2 --risk=1 -p "$params" \
    --technique=BEUS --headers="Cookie: $COOKIE" --dbms=PostgreSQL --timeout=10 --retries=1 --threads=2 \
    --output-dir="$WORK/sqlmap" --flush-session --disable-coloring >"$out" 2>&1
  code=$?
  if grep -qE "is vulnerable|identified the following injection point" "$out"; then
    findings=$((findings + 1))
    echo "  FINDING on $endpoint:"; grep -E "Parameter:|Type:|Title:" "$out" | head -12 | sed 's/^/    /'
  elif grep -qE "all tested parameters do not appear to be injectable|do not appear to be injectable" "$out"; then
    echo "  ok: $endpoint ($params): nothing injectable ($((SECONDS - t0)) s)"
  elif [ "$code" = 124 ]; then
    echo "  ok: $endpoint ($params): nothing found within ${SQLMAP_SECONDS} s"
  else
    echo "  ? $endpoint: sqlmap ended ($code) without a verdict:"; grep -E "\[(CRITICAL|ERROR)\]" "$out" | head -3 | sed 's/^/    /'
    findings=$((findings + 1))
  fi
done
check "the app answered no request with a server error" "$(grep -c 'Incident ' "$LOG_DIR/sqlmap-app.log")" 0
[ "$failed" -eq 0 ] || findings=$((findings + failed))
echo "  sqlmap ran for $((SECONDS - started)) s"
echo "sqlmap: $tested endpoints, $findings findings"
[ "$findings" -eq 0 ]
