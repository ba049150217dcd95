#!/usr/bin/env bash
# Upgrade, roll back, upgrade again, as docs/operations.md ("Upgrades", "Backups and restore") tells an administrator:
#   1. the older version runs on a new database and makes its first account;
#   2. backup with pg_dump (a private file), then the newer version starts and migrates;
#   3. rollback: the backup is restored into a freshly created database, and the older version starts on it;
#   4. the newer version starts again and migrates again, without "relation ... already exists".
# It also shows why the docs no longer restore with "pg_restore --clean" over the upgraded database: that leaves the
# tables the newer migrations created, and the next upgrade fails.
# Prints each check and a closing "rollback: N passed, N failed" line; exits non-zero when a check fails.
#
# Usage: rollback.sh NEW_APP_DIR [OLD_APP_DIR]
#   NEW_APP_DIR  the quarkus-app folder of this version's production build
#   OLD_APP_DIR  an older version's; without it the script builds one from Git: the commit before the newest
#                migration that creates tables (OLD_REF overrides), with ./mvnw package -DskipTests
# Environment: PG_PORT (55432), PSQL (psql), PG_DUMP, PG_RESTORE (next to PSQL), PORT (58291), LOG_DIR.
set -uo pipefail
cd "$(dirname "$0")/../../.."
APP_DIR=${1:?usage: rollback.sh NEW_APP_DIR [OLD_APP_DIR]}
APP_DIR=$(cd "$APP_DIR" && pwd)
OLD_APP=${2:-}
PG_PORT=${PG_PORT:-55432}
PSQL=${PSQL:-psql}
PGBIN=$(dirname "$(command -v "$PSQL")")
PG_DUMP=${PG_DUMP:-$PGBIN/pg_dump}
PG_RESTORE=${PG_RESTORE:-$PGBIN/pg_restore}
PORT=${PORT:-58291}
LOG_DIR=${LOG_DIR:-$(mktemp -d /tmp/mufakat-rollback.XXXXXX)}
WORK=$(mktemp -d /tmp/mufakat-rollback-work.XXXXXX)
. src/test/ops/lib.sh
trap 'stop_all; rm -rf "$WORK"' EXIT
KEY=$(head -c 32 /dev/urandom | base64 | tr -d '\n')
ADMIN_PASSWORD="rollback-$(head -c 9 /dev/urandom | od -An -tx1 | tr -d ' \n')"
DB=mufakat_rollback

if [ -z "$OLD_APP" ]; then
  newest=$(grep -il "create table" src/main/resources/db/migration/V*.sql | sort -V | tail -1)
  OLD_REF=${OLD_REF:-$(git log --diff-filter=A --format=%H -1 -- "$newest")^}
  if ! git rev-parse --verify -q "$OLD_REF^{commit}" >/dev/null; then
    echo "  FAILED: the commit before $newest is not in this clone's history (a shallow clone?); set OLD_REF"
    echo "rollback: 0 passed, 1 failed"
    exit 1
  fi
  echo "== building the older version ($(git log --format='%h %s' -1 "$OLD_REF" | cut -c1-80))"
  mkdir -p "$WORK/old-src"
  git archive "$OLD_REF" | tar -x -C "$WORK/old-src"
  if (cd "$WORK/old-src" && ./mvnw -B -q package -DskipTests </dev/null >"$LOG_DIR/old-build.log" 2>&1); then
    OLD_APP="$WORK/old-src/target/quarkus-app"
  else
    fail "the older version did not build"; tail -n 20 "$LOG_DIR/old-build.log"
    echo "rollback: $passed passed, $failed failed"; exit 1
  fi
fi
migrations() { unzip -l "$1/app/"*.jar 2>/dev/null | grep -o 'db/migration/V[0-9]*__' | grep -o '[0-9]*' | sort -n | tail -1; }
OLD_V=$(migrations "$OLD_APP")
NEW_V=$(migrations "$APP_DIR")
echo "  older version migrates to V$OLD_V, this one to V$NEW_V"
version() { sql "$DB" "select max(version::int) from flyway_schema_history where success"; }

# run NAME APP: starts that version, waits until it is ready, stops it; false if it did not become ready
run() {
  local name=$1 app=$2
  local saved=$APP_DIR
  APP_DIR=$app
  launch "$name" "$DB" "$PORT" MUFAKAT_SESSION_KEY="$KEY" MUFAKAT_ADMIN_USERNAME=secretariat \
    MUFAKAT_ADMIN_PASSWORD="$ADMIN_PASSWORD"
  APP_DIR=$saved
  local pid=${PIDS[-1]}
  if ready "$PORT" "$pid"; then stop "$pid"; return 0; fi
  stop "$pid"
  return 1
}

echo "== 1. the older version on a new database"
new_db "$DB"
run old-first "$OLD_APP" && ok "the older version started" || { fail "the older version did not start"; tail -n 20 "$LOG_DIR/old-first.log"; }
check "schema of the older version" "$(version)" "$OLD_V"
check "its first secretariat account" "$(sql "$DB" "select count(*) from account where username = 'secretariat'")" 1

echo "== 2. backup (a private file), then the upgrade"
(umask 077 && PGPASSWORD=mufakat "$PG_DUMP" -Fc -h 127.0.0.1 -p "$PG_PORT" -U mufakat -d "$DB" -f "$WORK/backup.dump")
check "the dump is readable by its owner only" "$(stat -c %a "$WORK/backup.dump")" 600
run upgrade "$APP_DIR" && ok "the newer version started and migrated" || { fail "the upgrade did not start"; tail -n 20 "$LOG_DIR/upgrade.log"; }
check "schema of the newer version" "$(version)" "$NEW_V"

echo "== what the docs said before: pg_restore --clean over the upgraded database"
PGPASSWORD=mufakat "$PG_RESTORE" --clean --if-exists --no-owner -h 127.0.0.1 -p "$PG_PORT" -U mufakat -d "$DB" \
  "$WORK/backup.dump" 2>"$LOG_DIR/restore-clean.log"
if run upgrade-after-clean "$APP_DIR"; then
  echo "  (the newer migrations created no table, so --clean happened to be enough here)"
elif grep -q "already exists" "$LOG_DIR/upgrade-after-clean.log"; then
  ok "as the issue found: the next upgrade fails with 'already exists' (why the docs changed)"
else
  fail "the upgrade after --clean failed for another reason"; grep -m3 "ERROR" "$LOG_DIR/upgrade-after-clean.log"
fi

echo "== 3. rollback as documented: restore into a freshly created database"
as_admin "drop database $DB" && as_admin "create database $DB owner mufakat"
PGPASSWORD=mufakat "$PG_RESTORE" --no-owner -h 127.0.0.1 -p "$PG_PORT" -U mufakat -d "$DB" "$WORK/backup.dump" \
  2>"$LOG_DIR/restore.log" && ok "restored" || { fail "pg_restore failed"; cat "$LOG_DIR/restore.log"; }
check "schema after the rollback" "$(version)" "$OLD_V"
run old-after-rollback "$OLD_APP" && ok "the older version runs on the restored database" \
  || { fail "the older version did not start after the rollback"; tail -n 20 "$LOG_DIR/old-after-rollback.log"; }

echo "== 4. the upgrade again"
run upgrade-again "$APP_DIR" && ok "the newer version started and migrated again" \
  || { fail "the second upgrade failed"; grep -m5 "ERROR\|already exists" "$LOG_DIR/upgrade-again.log"; }
check "schema of the newer version" "$(version)" "$NEW_V"
check "one secretariat account throughout" "$(sql "$DB" "select count(*) from account where username = 'secretariat'")" 1

echo "rollback: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
