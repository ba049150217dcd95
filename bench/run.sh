#!/usr/bin/env bash
# Load benchmark: starts Mufakat on a large network and measures every key page against the floor page in the same
# run, with wrk (32 connections, 2 threads, signed in with the cookies a browser sends: session and CSRF token; the API
# with a personal token).
#
#   bench/run.sh [h2|pg]
#
# h2 (default): the README's embedded build (H2 file database in a new folder, demo data and its accounts).
# pg: the production build on a PostgreSQL cluster this script starts on 127.0.0.1:$PG_PORT (needs root, as CI:
#     `runuser -u postgres`), with a bootstrap admin who creates the accounts the demo data would have.
# Both then import the large network that bench/LargeNetwork writes (20 constituencies x 150 statements, 300
# recommendations with sources, fates, positions and comment threads, ten years of rounds and submissions) through
# POST /api/v1/rounds/import, as the secretariat, and the app is started again on it: the load measures an instance
# serving the large network, not the one that has just imported it (that one's resident memory is printed too).
#
# Prints, per page: requests/s, its share of the floor (measured first, and again last: the JIT keeps speeding the tiny
# floor page up long after the start), p50 and p99 latency and non-2xx answers; then the time from the JVM's start on
# the large network to the first answer and the resident memory at the end of the load and 10 s later (once the JVM
# has given back what it freed, see -XX:TrimNativeHeapInterval). Environment: PORT (58471), PG_PORT (55433),
# DURATION (10 s per page, after a 3 s warm-up), CONNECTIONS (32), WARMUP and SETTLED (the warm-up passes over every
# page: until one has the JIT compile fewer than 150 methods, at most 12), HEAP (the JVM's memory settings that
# docs/operations.md recommends, "Memory settings"; MALLOC_ARENA_MAX and the worker pool as there too), KEEP=1 keeps
# the work folder. Figures go in docs/performance.md.
set -uo pipefail
cd "$(dirname "$0")/.." || exit 1
MODE=${1:-h2}
PORT=${PORT:-58471}
MGMT_PORT=$((PORT + 1000))
PG_PORT=${PG_PORT:-55433}
DURATION=${DURATION:-10}
CONNECTIONS=${CONNECTIONS:-32}
WARMUP=${WARMUP:-12}
SETTLED=${SETTLED:-150}
MEMORY="-Xms64m -Xmx192m -XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 -XX:-ShrinkHeapInSteps"
HEAP=${HEAP:-"$MEMORY -Xss512k -XX:MaxMetaspaceSize=160m -XX:ReservedCodeCacheSize=64m -XX:TrimNativeHeapInterval=5000"}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} QUARKUS_THREAD_POOL_MAX_THREADS=${QUARKUS_THREAD_POOL_MAX_THREADS:-8}
BASE="http://127.0.0.1:$PORT"
WORK=$(mktemp -d /tmp/mufakat-bench.XXXXXX)
ARCHIVES=target/bench/archives
APP_PID=""
PGDATA=""
PASSWORD=musyawarah-2026 # the demo accounts' password; the pg mode gives its accounts the same
USERS="secretariat convenor focal.id member"

command -v wrk >/dev/null || { apt-get install -y -qq wrk >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }; }
command -v wrk >/dev/null || { echo "wrk is not installed (apt-get install wrk)"; exit 2; }

stop() { # ends the app this script started
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"; for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$APP_PID" 2>/dev/null
  fi
  APP_PID=""
}
cleanup() {
  stop
  if [ -n "$PGDATA" ]; then runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -m fast stop >/dev/null 2>&1; rm -rf "$PGDATA"; fi
  [ -n "${KEEP:-}" ] && echo "work folder kept: $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT

echo "== build ($MODE) and the large network's archives"
if [ "$MODE" = h2 ]; then
  ./mvnw -B -q package -DskipTests -Dquarkus.profile=embedded -Dquarkus.package.output-directory=bench-app \
    >"$WORK/build.log" 2>&1 || { tail -30 "$WORK/build.log"; exit 1; }
else
  ./mvnw -B -q package -DskipTests -Dquarkus.package.output-directory=bench-app >"$WORK/build.log" 2>&1 \
    || { tail -30 "$WORK/build.log"; exit 1; }
fi
APP=$(pwd)/target/bench-app/quarkus-run.jar
if [ ! -f "$ARCHIVES/2026-collecting.json" ]; then
  ./mvnw -B -q test -Dtest=LargeNetwork -Dbench=true -Dsurefire.failIfNoSpecifiedTests=false >"$WORK/gen.log" 2>&1 \
    || { tail -30 "$WORK/gen.log"; exit 1; }
fi

if [ "$MODE" = pg ]; then
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  [ -x "$PGBIN/initdb" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)"; exit 2; }
  PGDATA=$(mktemp -d /tmp/mufakat-bench-pg.XXXXXX)
  chown postgres: "$PGDATA"
  runuser -u postgres -- "$PGBIN/initdb" -D "$PGDATA" -U postgres -A trust -E UTF8 >/dev/null
  runuser -u postgres -- "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $PGDATA" start >/dev/null
  "$PGBIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -q -c "create role mufakat login password 'mufakat'" \
    -c "create database mufakat owner mufakat"
fi

SESSION_KEY=$(head -c 32 /dev/urandom | base64)
start() { # starts the app and waits for its first answer: sets APP_PID and STARTUP_MS (from the JVM's start), prints it
  local t0; t0=$(date +%s%N)
  if [ "$MODE" = h2 ]; then
    (cd "$WORK" && exec env MUFAKAT_BENCH_FLOOR=true QUARKUS_HTTP_PORT="$PORT" QUARKUS_MANAGEMENT_PORT="$MGMT_PORT" \
      java $HEAP -jar "$APP") >>"$WORK/app.log" 2>&1 &
  else
    env MUFAKAT_BENCH_FLOOR=true MUFAKAT_DB_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/mufakat" MUFAKAT_DB_USER=mufakat \
      MUFAKAT_DB_PASSWORD=mufakat MUFAKAT_SESSION_KEY="$SESSION_KEY" \
      MUFAKAT_ADMIN_USERNAME=admin MUFAKAT_ADMIN_PASSWORD="$PASSWORD" MUFAKAT_SECURE_COOKIES=false \
      QUARKUS_MAILER_MOCK=true QUARKUS_HTTP_HOST=127.0.0.1 QUARKUS_HTTP_PORT="$PORT" \
      QUARKUS_MANAGEMENT_HOST=127.0.0.1 QUARKUS_MANAGEMENT_PORT="$MGMT_PORT" \
      java $HEAP -jar "$APP" >>"$WORK/app.log" 2>&1 &
  fi
  APP_PID=$!
  for _ in $(seq 1 2400); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/login")" = 200 ] && break
    kill -0 "$APP_PID" 2>/dev/null || { echo "the app ended:"; tail -30 "$WORK/app.log"; exit 1; }
    sleep 0.05
  done
  STARTUP_MS=$((($(date +%s%N) - t0) / 1000000))
  echo "  first answer after $STARTUP_MS ms"
}
rss() { awk '/VmRSS/ { printf "%d MB", $2 / 1024 }' "/proc/$APP_PID/status"; }
echo "== start ($HEAP, MALLOC_ARENA_MAX=$MALLOC_ARENA_MAX, $QUARKUS_THREAD_POOL_MAX_THREADS worker threads)"
start

api() { # user method path [curl args]: prints the status code, the body in $WORK/body
  local user=$1 method=$2 path=$3; shift 3
  curl -s -o "$WORK/body" -w '%{http_code}' -u "$user:$PASSWORD" -X "$method" "$BASE$path" "$@"
}
json() { python3 -c "import json,sys; d=json.load(open('$WORK/body')); print($1)"; }

account_id() { api admin GET "/api/v1/accounts?q=$1" >/dev/null; json "[a['id'] for a in d['items'] if a['username']=='$1'][0]"; }
grant() { # user role [field value]: as the bootstrap admin
  api admin POST "/api/v1/accounts/$(account_id "$1")/grants" -H 'Content-Type: application/json' \
    --data "{\"role\":\"$2\"${3:+,\"$3\":$4}}" >/dev/null
}
if [ "$MODE" = pg ]; then
  echo "== accounts with the demo's names"
  for user in $USERS; do
    api admin POST /api/v1/accounts -H 'Content-Type: application/json' \
      --data "{\"username\":\"$user\",\"displayName\":\"Bench $user\",\"email\":\"$user@example.org\",\"password\":\"$PASSWORD\"}" >/dev/null
  done
  grant secretariat SECRETARIAT
  grant convenor CONVENOR
fi

echo "== import the large network"
for file in "$ARCHIVES"/*.json; do
  t0=$(date +%s%N)
  code=$(api secretariat POST /api/v1/rounds/import -H 'Content-Type: application/json' --data-binary "@$file")
  [ "$code" = 201 ] || [ "$code" = 200 ] || { echo "  import of $file answered $code: $(head -c 600 "$WORK/body")"; exit 1; }
  echo "  $(basename "$file"): $code in $((($(date +%s%N) - t0) / 1000000)) ms"
  case "$file" in
    *2026-collecting.json) COLLECTING=$(json "d['roundId']") ;;
    *2026-endorsement.json) PROPOSAL=$(json "d['roundId']") ;;
  esac
done
if [ "$MODE" = pg ]; then # the focal point and the member belong to a constituency the import created
  api admin GET /api/v1/constituencies >/dev/null
  ID_CONSTITUENCY=$(json "[c['id'] for c in d if c['code']=='ID'][0]")
  api secretariat POST /api/v1/organisations -H 'Content-Type: application/json' \
    --data '{"constituencyCode":"ID","name":"Bench organisation"}' >/dev/null
  grant focal.id FOCAL_POINT constituencyId "$ID_CONSTITUENCY"
  grant member MEMBER organisationId "$(json "d['id']")"
fi
api convenor POST /api/v1/tokens -H 'Content-Type: application/json' --data '{"name":"bench","expiresInDays":1}' >/dev/null
TOKEN=$(json "d['token']")
echo "  resident memory after the import: $(rss)"
# The one that imported keeps the heap the import grew to until the next full collection gives it back (see
# docs/performance.md, "2026-12-02, fourth session").
echo "== restart on the large network"
stop
start

cookie() { # user: signs in through the form and prints the cookies a browser then sends (session and CSRF token)
  local jar="$WORK/jar.$1" tok
  tok=$(curl -s -b "$jar" -c "$jar" "$BASE/login" | sed -n 's/.*name="signin-token" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "j_username=$1" --data-urlencode "j_password=$PASSWORD" \
    --data-urlencode "signin-token=$tok" "$BASE/j_security_check"
  curl -s -o /dev/null -b "$jar" -c "$jar" "$BASE/" # the page shell's sign-out form sets the CSRF cookie
  awk '$6 == "mufakat-session" || $6 == "csrf-token" { printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$jar"
}
declare -A COOKIE
for user in $USERS; do COOKIE[$user]=$(cookie "$user"); done

ms() { # wrk's latency (850.00us, 12.34ms, 1.20s) in milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /[0-9]s$/ && v !~ /ms$/) n *= 1000; printf "%.0f", n }'
}
ROWS=()
measure() { # label user path [auth header]: measures the page into ROWS; with WARMING set, only loads it for 2 s
  local label=$1 user=$2 path=$3 header=${4:-"Cookie: ${COOKIE[$2]}"} code out rps p50 p99 errors timeouts
  if [ -n "${WARMING:-}" ]; then wrk -t2 -c"$CONNECTIONS" -d2s -H "$header" "$BASE$path" >/dev/null 2>&1; return; fi
  code=$(curl -s -o "$WORK/page" -w '%{http_code}' -H "$header" "$BASE$path")
  if [ "$code" != 200 ]; then ROWS+=("$label|$path|answered $code"); return; fi
  wrk -t2 -c"$CONNECTIONS" -d3s -H "$header" "$BASE$path" >/dev/null 2>&1
  out=$(wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -H "$header" "$BASE$path" 2>&1)
  rps=$(awk '/^Requests\/sec:/ { printf "%.0f", $2 }' <<<"$out")
  p50=$(ms "$(awk '$1 == "50%" { print $2 }' <<<"$out")")
  p99=$(ms "$(awk '$1 == "99%" { print $2 }' <<<"$out")")
  errors=$(awk '/Non-2xx/ { print $5 }' <<<"$out"); errors=${errors:-0}
  timeouts=$(sed -n 's/.*timeout \([0-9]*\).*/\1/p' <<<"$out"); timeouts=${timeouts:-0}
  if [ "$timeouts" -gt 0 ]; then p99="> 2000"; [ "$p50" = 0 ] && p50="> 2000"; fi # wrk gives up after 2 s
  ROWS+=("$label|$path|$rps|$p50|$p99|$errors|$timeouts|$(($(wc -c <"$WORK/page") / 1024))")
}

table() { # the rows, each page's share against the floor measured first and the one measured last
  local first last
  first=$(cut -d'|' -f3 <<<"${ROWS[0]}")
  last=$(cut -d'|' -f3 <<<"${ROWS[-1]}")
  echo "| page | path | req/s | share of floor, first / last | p50 | p99 | non-2xx | timed out | size |"
  echo "|---|---|---|---|---|---|---|---|---|"
  for row in "${ROWS[@]}"; do
    IFS='|' read -r label path rps p50 p99 errors timeouts size <<<"$row"
    if [[ "$rps" == answered* ]]; then printf '| %s | `%s` | %s |\n' "$label" "$path" "$rps"; continue; fi
    printf '| %s | `%s` | %s | %s%% / %s%% | %s ms | %s ms | %s | %s | %s KB |\n' "$label" "$path" "$rps" \
      $((100 * rps / first)) $((100 * rps / last)) "$p50" "$p99" "$errors" "$timeouts" "$size"
  done
}

pages() {
  measure "floor (one query, tiny template)" convenor /bench/floor
  measure "dashboard, convenor" convenor /
  measure "dashboard, secretariat" secretariat /
  measure "dashboard, focal point" focal.id /
  measure "dashboard, member" member /
  measure "round matrix" convenor "/rounds/$COLLECTING"
  measure "input editor (150 statements)" focal.id "/rounds/$COLLECTING/inputs/ID"
  measure "harmonization workspace" convenor "/rounds/$PROPOSAL/harmonize"
  measure "proposal (300 recommendations)" convenor "/rounds/$PROPOSAL/review"
  measure "version diff" convenor "/rounds/$PROPOSAL/review/versions/diff?from=1&to=3"
  measure "consensus" convenor "/rounds/$PROPOSAL/review/consensus"
  measure "source matrix" convenor "/rounds/$PROPOSAL/source-matrix"
  measure "impact" convenor /impact
  measure "API: recommendations, token" convenor "/api/v1/rounds/$PROPOSAL/recommendations" \
    "Authorization: Bearer $TOKEN"
  measure "API: /api/v1/me, token" convenor /api/v1/me "Authorization: Bearer $TOKEN"
}
# Right after the start and the import the JIT has compiled little: the floor measured first would be the slowest
# page of the run, and the pages measured early would pay for compiling what later ones use (on two cores one thread
# compiles with C2, for minutes). Every page is loaded for 2 s, pass after pass, until a pass has the JIT compile fewer
# than SETTLED methods (jcmd's sun.ci.totalCompiles) or after WARMUP passes, before anything is measured; the floor is
# measured again at the end.
compiles() { jcmd "$APP_PID" PerfCounter.print 2>/dev/null | awk -F= '/sun.ci.totalCompiles=/ { print $2 }'; }
echo "== warm-up: every page for 2 s, until a pass compiles fewer than $SETTLED methods (at most $WARMUP passes)"
before=$(compiles)
for pass in $(seq 1 "$WARMUP"); do
  WARMING=1 pages
  after=$(compiles)
  echo "  pass $pass: $((${after:-0} - ${before:-0})) methods compiled"
  [ -n "$after" ] && [ $((after - before)) -lt "$SETTLED" ] && break
  before=$after
done
echo "== load: $CONNECTIONS connections, ${DURATION} s per page ($(nproc) cores, $(java -version 2>&1 | head -1))"
pages
measure "floor again, at the end" convenor /bench/floor
table
echo "  first answer after the start on the large network: $STARTUP_MS ms"
echo "  resident memory at the end of the load: $(rss)"
sleep 10
echo "  resident memory 10 s after the load: $(rss)"
if [ "$MODE" = pg ]; then
  echo "== PostgreSQL: tables read by sequential scans during the run (rows read that way, and by index)"
  "$PGBIN/psql" -h 127.0.0.1 -p "$PG_PORT" -U postgres -d mufakat -q -c "select relname as table, n_live_tup as rows,
    seq_scan, seq_tup_read, idx_scan from pg_stat_user_tables where seq_tup_read > 0 order by seq_tup_read desc limit 12"
fi
