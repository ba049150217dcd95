#!/usr/bin/env bash
# What a Quarkus developer expects of `./mvnw quarkus:dev` (README, "Dev mode"):
#   - it starts, with the embedded H2 database and the demo data, and becomes ready (/q/health/ready on the
#     management port, the HTTP port + 1000) within a few minutes;
#   - the demo accounts sign in and the demo network is there (the API, as the convenor);
#   - live reload: a resource class added while it runs answers at the next request, without a restart by hand.
# Runs in a copy of the work tree (without target/ and data/), so the checkout's build and data stay untouched and the
# class it adds never reaches the checkout. Starts dev mode in a process group of its own, without debug port or
# console input, and stops it by that group. Prints each check and a closing "dev-mode: N passed, N failed" line;
# exits non-zero when a check fails.
#
# Usage: dev-mode.sh   Environment: PORT (the first free one from 58291 on), LOG_DIR (a new temporary folder),
# READY_SECONDS (420).
set -uo pipefail
ROOT=$(cd "$(dirname "$0")/../../.." && pwd)
LOG_DIR=${LOG_DIR:-$(mktemp -d /tmp/mufakat-dev-mode.XXXXXX)}
READY_SECONDS=${READY_SECONDS:-420}
WORK=$(mktemp -d /tmp/mufakat-dev-mode-work.XXXXXX)
LOG="$LOG_DIR/dev-mode.log"
passed=0
failed=0
ok() { echo "  ok: $1"; passed=$((passed + 1)); }
fail() { echo "  FAILED: $1"; failed=$((failed + 1)); }
check() { if [ "$2" = "$3" ]; then ok "$1 ($2)"; else fail "$1: expected $3, got $2"; fi; }
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

PORT=${PORT:-}
if [ -z "$PORT" ]; then
  for p in $(seq 58291 58390); do
    if ! listening "$p" && ! listening $((p + 1000)); then PORT=$p; break; fi
  done
fi
MGMT_PORT=$((PORT + 1000))
APP="http://127.0.0.1:$PORT"

GROUP=""
stop_dev() { # the whole process group: Maven and the application's JVM it forked
  [ -n "$GROUP" ] || return 0
  kill -TERM -- "-$GROUP" 2>/dev/null
  for _ in $(seq 1 30); do kill -0 -- "-$GROUP" 2>/dev/null || break; sleep 1; done
  kill -KILL -- "-$GROUP" 2>/dev/null
  wait 2>/dev/null
  GROUP=""
}
trap 'stop_dev; rm -rf "$WORK"' EXIT

echo "== dev mode in a copy of the work tree, http://127.0.0.1:$PORT (management port $MGMT_PORT)"
(cd "$ROOT" && tar -cf - --exclude=./target --exclude=./data --exclude=./.git --exclude=node_modules .) \
  | tar -xf - -C "$WORK"
cd "$WORK" || exit 1
setsid ./mvnw -B quarkus:dev -Dquarkus.http.port="$PORT" -Dquarkus.management.port="$MGMT_PORT" -Ddebug=false \
  -Dquarkus.console.enabled=false -Dquarkus.analytics.disabled=true </dev/null >"$LOG" 2>&1 &
PID=$!
GROUP=$(ps -o pgid= -p "$PID" | tr -d ' ')
[ "$GROUP" = "$PID" ] || { echo "dev mode is not in a process group of its own ($GROUP)"; GROUP=""; kill "$PID"; exit 1; }

start=$SECONDS
ready=""
while [ $((SECONDS - start)) -lt "$READY_SECONDS" ]; do
  if [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$MGMT_PORT/q/health/ready")" = 200 ]; then
    ready=1; break
  fi
  kill -0 "$PID" 2>/dev/null || break
  sleep 2
done
if [ -z "$ready" ]; then
  fail "dev mode did not become ready within $READY_SECONDS s; the end of its log:"; tail -n 40 "$LOG"
  echo "dev-mode: $passed passed, $failed failed"
  exit 1
fi
ok "ready after $((SECONDS - start)) s: $(grep -o 'powered by Quarkus [0-9.]*' "$LOG" | head -1), $(grep -o 'Profiles [a-z,]* activated' "$LOG" | head -1)"
grep -q "Live Coding activated" "$LOG" && ok "live coding activated" || fail "the log does not say live coding is on"

check "the sign-in page" "$(curl -s -o /dev/null -w '%{http_code}' "$APP/login")" 200
demo=$(curl -s -u convenor:musyawarah-2026 "$APP/api/v1/constituencies")
case "$demo" in
  *"Burmese migrants in Thailand"*) ok "the demo data: the convenor signs in and sees the demo constituencies" ;;
  *) fail "the demo data: /api/v1/constituencies as convenor answered: $(echo "$demo" | head -c 300)" ;;
esac
[ -f data/session.key ] && ok "the session key is kept in data/session.key" || fail "no data/session.key"

PROBE=src/main/java/org/mufakat/web/DevModeReloadProbe.java
check "before the change: no such page" "$(curl -s -o /dev/null -w '%{http_code}' "$APP/dev-mode-reload")" 404
cat >"$PROBE" <<'JAVA'
package org.mufakat.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/dev-mode-reload")
@PermitAll
public class DevModeReloadProbe {
    @GET
    public String get() {
        return "reloaded";
    }
}
JAVA
# Dev mode looks for changed files at a request, at most every two seconds.
reloaded=""
for _ in $(seq 1 10); do
  sleep 3
  reloaded=$(curl -s --max-time 180 "$APP/dev-mode-reload")
  [ "$reloaded" = reloaded ] && break
done
check "after adding a resource class: live reload serves it" "$(echo "$reloaded" | head -c 80)" reloaded
grep -q "Live reload total time" "$LOG" && ok "the log shows the reload: $(grep -o 'Live reload total time: [0-9.]*s' "$LOG" | tail -1)" \
  || fail "the log shows no live reload"

stop_dev
kill -0 "$PID" 2>/dev/null && fail "dev mode still runs after its process group was stopped" \
  || ok "stopped with its process group"
listening "$PORT" && fail "port $PORT still answers" || ok "port $PORT is free again"
echo "dev-mode: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
