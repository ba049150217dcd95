#!/usr/bin/env bash
# Phones and slow links: Lighthouse's mobile performance and accessibility scores of the dashboard, the round page,
# the input editor and the proposal, then the time to DOMContentLoaded of the dashboard and the input editor over a
# 256 kbit/s link with 300 ms latency (slow-link.mjs, Chromium's network emulation). Prints figures, never fails on
# them (goal: scores >= 95, DOMContentLoaded < 3 s; docs/performance.md, "Phones and slow links").
#
#   src/test/lighthouse/run.sh
#
# Starts the README's embedded build (H2 file database in a new folder, with the demo data and its accounts) as
# bench/run.sh does, signs in through the form and hands Lighthouse the session cookie (--extra-headers).
# Environment: APP (a built quarkus-run.jar of the embedded profile; built here when absent), PORT (58571),
# CHROME_PATH (/usr/bin/chromium), KEEP=1 keeps the work folder with Lighthouse's JSON reports.
set -uo pipefail
cd "$(dirname "$0")/../../.." || exit 1
PORT=${PORT:-58571}
MGMT_PORT=$((PORT + 1000))
BASE="http://127.0.0.1:$PORT"
PASSWORD=musyawarah-2026 # the demo accounts' password
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
WORK=$(mktemp -d /tmp/mufakat-lighthouse.XXXXXX)
APP_PID=""
cleanup() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then
    kill "$APP_PID"; for _ in $(seq 1 30); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 1; done
    kill -9 "$APP_PID" 2>/dev/null
  fi
  [ -n "${KEEP:-}" ] && echo "work folder kept: $WORK" || rm -rf "$WORK"
}
trap cleanup EXIT

[ -x "$CHROME_PATH" ] || { echo "Chromium not found at $CHROME_PATH (apt-get install chromium)"; exit 2; }
command -v npm >/dev/null || { echo "npm is not installed (apt-get install nodejs npm)"; exit 2; }
(cd src/test/lighthouse && { [ -d node_modules/lighthouse ] || npm ci --no-audit --no-fund --silent; }) \
  || { echo "npm could not install lighthouse"; exit 2; }

APP=${APP:-}
if [ -z "$APP" ]; then
  echo "== build (embedded)"
  ./mvnw -B -q package -DskipTests -Dquarkus.profile=embedded -Dquarkus.package.output-directory=lighthouse-app \
    >"$WORK/build.log" 2>&1 || { tail -30 "$WORK/build.log"; exit 1; }
  APP=$(pwd)/target/lighthouse-app/quarkus-run.jar
fi
APP=$(realpath "$APP")

echo "== start $APP"
(cd "$WORK" && exec env QUARKUS_HTTP_PORT="$PORT" QUARKUS_MANAGEMENT_PORT="$MGMT_PORT" java -Xmx384m -jar "$APP") \
  >"$WORK/app.log" 2>&1 &
APP_PID=$!
curl -sf -o /dev/null --retry 240 --retry-connrefused --retry-delay 1 "$BASE/login" \
  || { echo "the app did not answer:"; tail -30 "$WORK/app.log"; exit 1; }

cookie() { # user: signs in through the form and prints the session cookie (as bench/run.sh)
  local jar="$WORK/jar.$1" tok
  tok=$(curl -s -b "$jar" -c "$jar" "$BASE/login" | sed -n 's/.*name="signin-token" value="\([^"]*\)".*/\1/p' | head -1)
  curl -s -o /dev/null -b "$jar" -c "$jar" --data-urlencode "j_username=$1" --data-urlencode "j_password=$PASSWORD" \
    --data-urlencode "signin-token=$tok" "$BASE/j_security_check"
  awk '$6 == "mufakat-session" { print "mufakat-session=" $7 }' "$jar"
}
# The demo's rounds: one collecting inputs (round page, Indonesia's input editor) and one in review (the proposal).
rounds=$(curl -s -u "convenor:$PASSWORD" "$BASE/api/v1/rounds?size=100")
round_in() { python3 -c "import json,sys; d=json.loads(sys.argv[1]); d=d['items'] if isinstance(d, dict) else d
print(next((r['id'] for r in d if r['status'] in sys.argv[2].split(',')), ''))" "$rounds" "$1"; }
COLLECTING=$(round_in COLLECTING)
REVIEW=$(round_in MEMBER_REVIEW,CALIBRATION,ENDORSEMENT,FINAL)
[ -n "$COLLECTING" ] && [ -n "$REVIEW" ] || { echo "the demo data has no collecting or review round: $rounds"; exit 1; }
CONVENOR=$(cookie convenor)
FOCAL=$(cookie focal.id)

echo "== Lighthouse $(node -p "require('./src/test/lighthouse/node_modules/lighthouse/package.json').version"), mobile" \
  "(its default: Moto G power, simulated slow 4G, 4x CPU slowdown), $(chromium --version 2>/dev/null | head -1)"
echo "| page | path | performance | accessibility | first contentful paint | largest contentful paint |"
echo "|---|---|---|---|---|---|"
score() { # label cookie path
  local out="$WORK/$(echo "$1" | tr ' ' '-').json"
  (cd src/test/lighthouse && node_modules/.bin/lighthouse "$BASE$3" --quiet --output=json --output-path="$out" \
    --only-categories=performance,accessibility --chrome-flags="--headless=new --no-sandbox --disable-gpu" \
    --extra-headers="{\"Cookie\":\"$2\"}" >"$WORK/lighthouse.log" 2>&1) \
    || { printf '| %s | `%s` | failed: %s |\n' "$1" "$3" "$(tail -1 "$WORK/lighthouse.log")"; return; }
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const s = c => Math.round(r.categories[c].score * 100);
    const failed = r.categories.accessibility.auditRefs.filter(a => a.weight > 0 && r.audits[a.id].score === 0)
      .map(a => a.id);
    console.log(`| ${process.argv[2]} | \`${process.argv[3]}\` | ${s("performance")} | ${s("accessibility")}`
      + `${failed.length ? " (" + failed.join(", ") + ")" : ""} | ${r.audits["first-contentful-paint"].displayValue}`
      + ` | ${r.audits["largest-contentful-paint"].displayValue} |`);
  ' "$out" "$1" "$3"
}
score "dashboard, convenor" "$CONVENOR" /
score "round page" "$CONVENOR" "/rounds/$COLLECTING"
score "input editor" "$FOCAL" "/rounds/$COLLECTING/inputs/ID"
score "proposal" "$CONVENOR" "/rounds/$REVIEW/review"

echo "== slow link: 256 kbit/s, 300 ms latency, empty cache, 360 px phone"
(cd src/test/lighthouse && node slow-link.mjs "$BASE" "$CONVENOR" "dashboard, convenor=/") \
  || echo "  the slow-link timing failed"
(cd src/test/lighthouse && node slow-link.mjs "$BASE" "$FOCAL" "dashboard, focal point=/" \
  "input editor=/rounds/$COLLECTING/inputs/ID") || echo "  the slow-link timing failed"
echo "== $(nproc) cores, $(awk '/MemTotal/ { printf "%d GB", $2 / 1048576 }' /proc/meminfo), $(date -u +%Y-%m-%d)"
