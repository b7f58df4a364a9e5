#!/usr/bin/env bash
# Proves that CoPlan's PostgreSQL database comes back from a base backup and archived WAL to a
# chosen moment, with nothing lost and nothing extra, and that the audit trail's hash chain is
# whole afterwards:
#
#   bash config/backup/prove-restore.sh        (as root, with PostgreSQL 15 installed; no network)
#
# It makes a throw-away PostgreSQL cluster with WAL archiving on a free port and starts CoPlan on
# it in a Payara domain of its own (CoPlan's migrations make the schema, CoPlan loads the demo
# council). It takes a base backup, makes changes through the API, notes a target time and the
# row count of every table at that moment, makes more changes, stops everything, and restores the
# base backup plus the archived WAL to the target time into a new data directory on another port.
# Then it compares the row counts, checks the restored hash chain offline with CoPlan's own
# org.coplan.audit.AuditChain (config/backup/CheckChain.java), shows that the check finds a
# changed event, and does the same for a logical dump (pg_dump -Fc, pg_restore) of the restored
# database. Everything it made is removed at the end, pass or fail; it exits non-zero on any
# difference or a broken chain. Payara needs ports 8080 and 4848 (stop the demo: ./coplan stop).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

pg_bin="${PG_BIN:-/usr/lib/postgresql/15/bin}"
db=coplan_backup
[[ $EUID -eq 0 ]] || { echo "Run as root: the clusters belong to the postgres user." >&2; exit 2; }
[[ -x "$pg_bin/initdb" ]] || { echo "PostgreSQL 15 is not installed ($pg_bin)." >&2; exit 2; }
for port in 8080 4848; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
        echo "Port $port is in use by another server (the demo? stop it with ./coplan stop)." >&2
        exit 2
    fi
done

started=$SECONDS
step() { printf '\n[%4ds] %s\n' "$((SECONDS - started))" "$*"; }
secret() { head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24; }

work="$(mktemp -d -t coplan-backup.XXXXXX)"
chmod 755 "$work"
pg="$work/pg"                 # clusters, archive, backup and socket: the postgres user's
payara="$work/payara6"        # a Payara of its own, so the demo's H2 domain is never touched
payara_started=
mkdir -p "$pg/wal" "$pg/sock"
chown -R postgres:postgres "$pg"
chmod 700 "$pg/wal"

cleanup() {
    local status=$?
    set +e
    if [[ -n "$payara_started" ]]; then
        "$payara/bin/asadmin" --interactive=false stop-domain domain1 >/dev/null 2>&1
    fi
    for cluster in source restore; do
        if [[ -f "$pg/$cluster/postmaster.pid" ]]; then
            runuser -u postgres -- "$pg_bin/pg_ctl" -D "$pg/$cluster" -m immediate stop >/dev/null 2>&1
        fi
    done
    rm -rf "$work"
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

free_port() { # from
    local p
    for ((p = $1; p < $1 + 200; p++)); do
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return 0; fi
    done
    return 1
}
as_postgres() { runuser -u postgres -- "$@"; }
sql() { # port database, SQL on standard input or in further arguments
    local port="$1" database="$2"
    shift 2
    as_postgres "$pg_bin/psql" -X -q -At -v ON_ERROR_STOP=1 -h "$pg/sock" -p "$port" -d "$database" "$@"
}

# Every table's row count in one snapshot, as "table count", sorted; and the events not yet sealed.
counts_sql="BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY;
SELECT table_name || ' ' || (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM public.%I', table_name),
       false, true, '')))[1]::text
  FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name;
SELECT '(unsealed-events) ' || count(*) FROM audit_event e
 WHERE e.id > (SELECT covers_to_id FROM audit_seal WHERE chain_no = 0)
   AND NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.event_id = e.id);"
counts() { # port database; sorted as join and cmp expect
    sql "$1" "$2" <<<"$counts_sql
COMMIT;" | LC_ALL=C sort
}

# ---- a cluster with WAL archiving --------------------------------------------------------------
step "Making a throw-away PostgreSQL cluster with WAL archiving"
source_port="$(free_port 5490)"
as_postgres "$pg_bin/initdb" -D "$pg/source" -U postgres -E UTF8 --locale=C.UTF-8 \
    --auth-local=peer --auth-host=scram-sha-256 >/dev/null
cat >> "$pg/source/postgresql.conf" <<CONF
listen_addresses = '127.0.0.1'
port = $source_port
unix_socket_directories = '$pg/sock'
wal_level = replica
archive_mode = on
archive_command = 'test ! -f "$pg/wal/%f" && cp "%p" "$pg/wal/%f"'
CONF
as_postgres "$pg_bin/pg_ctl" -D "$pg/source" -l "$pg/source.log" -w -t 60 start >/dev/null
password="$(secret)"
admin_password="$(secret)"
sql "$source_port" postgres -v db="$db" -v pw="$password" -v apw="$admin_password" <<'SQL'
CREATE ROLE :"db" LOGIN PASSWORD :'pw';
CREATE DATABASE :"db" OWNER :"db";
CREATE ROLE coplan_backup_admin LOGIN SUPERUSER PASSWORD :'apw';
SQL
echo "  port $source_port, archive in $pg/wal"

# ---- CoPlan on it, with the demo council -------------------------------------------------------
step "Building CoPlan and starting it on the cluster (CoPlan's migrations, then the demo council)"
mvn -B -q -Dstyle.color=never -Prun -DskipTests package
payara_version="$(sed -n 's:.*<payara.version>\(.*\)</payara.version>.*:\1:p' pom.xml | head -1)"
mvn -B -q -Dstyle.color=never dependency:copy -Dartifact="fish.payara.distributions:payara:$payara_version:zip" -DoutputDirectory="$work"
unzip -q "$work/payara-$payara_version.zip" -d "$work"
rm "$work/payara-$payara_version.zip"
payara_started=yes
COPLAN_DB_HOST=127.0.0.1 COPLAN_DB_PORT="$source_port" COPLAN_DB_NAME="$db" COPLAN_DB_USER="$db" COPLAN_DB_PASSWORD="$password" \
    bash config/src/main/scripts/coplan-domain.sh start "$payara" postgresql config/target/server-libs \
    config/src/main/demo/demo-council.json >"$work/payara-start.log" 2>&1 \
    || { cat "$work/payara-start.log" >&2; exit 1; }
bash config/src/main/scripts/coplan-domain.sh deploy "$payara" ear/target/coplan.ear >"$work/payara-deploy.log" 2>&1 \
    || { cat "$work/payara-deploy.log" >&2; exit 1; }
base_url=http://127.0.0.1:8080/coplan
for _ in $(seq 1 240); do
    curl -fsS -o /dev/null --max-time 2 "$base_url/login.xhtml" 2>/dev/null && break
    sleep 0.5
done
curl -fsS -o /dev/null --max-time 5 "$base_url/login.xhtml"
demo_password="$(sed -n 's/.*"password": *"\([^"]*\)".*/\1/p' config/src/main/demo/demo-council.json | head -1)"
echo "  people: $(sql "$source_port" "$db" -c 'SELECT count(*) FROM person'), audit events: $(sql "$source_port" "$db" -c 'SELECT count(*) FROM audit_event')"

api() { # user method path [json body]; prints the answer, fails on an HTTP error
    local user="$1" method="$2" path="$3" body="${4:-}"
    local args=(-fsS -K - -X "$method" -H 'Accept: application/json')
    [[ -z "$body" ]] || args+=(-H 'Content-Type: application/json' --data "$body")
    # The sign-in goes to curl on its standard input, not on its command line.
    printf 'user = "%s:%s"\n' "$user" "$demo_password" | curl "${args[@]}" "$base_url/api/$path"
}
decision() { # question
    printf '{"question": "%s", "options": ["Council transport", "Travel training"], "outcome": "Travel training, then the bus",
 "proposedBy": {"name": "The person", "standing": "PERSON"}, "participants": [{"name": "Sam Practitioner", "standing": "PRACTITIONER"}],
 "deciders": [{"name": "The person", "standing": "PERSON"}], "rule": "PERSON_DECIDED", "rungId": null, "rungReason": null,
 "inputChangedOutcome": true, "youSaid": "I want to get there by myself", "weDid": "We arranged travel training",
 "decidedOn": "%s", "fedBackOn": null}' "$1" "$(date -u +%F)"
}
online_check() { # the server's own check, as an administrator: seals what is waiting, then walks the chain
    local answer
    answer="$(api ada.admin GET audit-trail/check)"
    echo "  online check: $answer"
    grep -q '"intact":true' <<<"$answer"
}
wait_until_sealed() { # the sealer runs every few seconds
    local i
    for ((i = 0; i < 60; i++)); do
        [[ "$(counts "$source_port" "$db" | sed -n 's/^(unsealed-events) //p')" == 0 ]] && return 0
        sleep 1
    done
    echo "Audit events were still not sealed after a minute." >&2
    return 1
}

# ---- the base backup ---------------------------------------------------------------------------
step "Base backup (pg_basebackup)"
wait_until_sealed
as_postgres "$pg_bin/pg_basebackup" -h "$pg/sock" -p "$source_port" -D "$pg/base" -Fp -X stream -c fast
as_postgres "$pg_bin/pg_verifybackup" -q "$pg/base"
echo "  $(du -sh "$pg/base" | cut -f1), verified with pg_verifybackup"

# ---- changes, the target time, more changes ----------------------------------------------------
step "Changes through the API after the base backup"
plan_id="$(api sam.practitioner GET 'people?page=0&size=5' | sed -n 's/.*"planId":\([0-9][0-9]*\).*/\1/p')"
[[ -n "$plan_id" ]] || { echo "No plan on sam.practitioner's caseload." >&2; exit 1; }
api sam.practitioner POST "plans/$plan_id/decisions" "$(decision 'How will they get to the art group?')" >/dev/null
api sam.practitioner GET "plans/$plan_id/decisions" >/dev/null
api sam.practitioner GET "people?page=0&size=50" >/dev/null
online_check
wait_until_sealed

step "Target time, with every table's row count at that moment"
# Counted in one snapshot just before the target time is read, then counted again after it: the
# two agree only when nothing was committed in between, so the counts are those at the target.
target=
for ((try = 0; try < 10; try++)); do
    before="$(counts "$source_port" "$db")"
    target="$(sql "$source_port" "$db" -c "SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || '+00'")"
    sleep 1
    after="$(counts "$source_port" "$db")"
    [[ "$before" == "$after" ]] && break
    target=
done
[[ -n "$target" ]] || { echo "The database never stood still long enough to note a target time." >&2; exit 1; }
printf '%s\n' "$before" > "$work/counts-at-target"
echo "  target time: $target ($(grep -vc '^(' "$work/counts-at-target") tables)"
sleep 1

step "More changes after the target time (these must not come back)"
api sam.practitioner POST "plans/$plan_id/decisions" "$(decision 'Which day suits the art group?')" >/dev/null
api sam.practitioner GET "plans/$plan_id/decisions" >/dev/null
online_check
wait_until_sealed
# Close the WAL segment in use so that it is archived, and wait for the archive to have it.
segment="$(sql "$source_port" postgres -c 'SELECT pg_walfile_name(pg_switch_wal())')"
for ((i = 0; i < 60; i++)); do
    archived="$(sql "$source_port" postgres -c 'SELECT last_archived_wal FROM pg_stat_archiver')"
    [[ -n "$archived" && ! "$archived" < "$segment" ]] && break
    sleep 1
done
[[ -n "$archived" && ! "$archived" < "$segment" ]] || { echo "WAL segment $segment was not archived." >&2; exit 1; }
counts "$source_port" "$db" > "$work/counts-at-end"
echo "  archived WAL up to $archived ($(ls "$pg/wal" | wc -l) files)"

step "Stopping CoPlan and the source cluster (the restore needs neither)"
bash config/src/main/scripts/coplan-domain.sh stop "$payara" >/dev/null 2>&1
payara_started=
as_postgres "$pg_bin/pg_ctl" -D "$pg/source" -m fast -w stop >/dev/null

# ---- point-in-time restore ---------------------------------------------------------------------
step "Restoring the base backup and the archived WAL to the target time, on another port"
restore_port="$(free_port $((source_port + 1)))"
as_postgres cp -a "$pg/base" "$pg/restore"
cat >> "$pg/restore/postgresql.auto.conf" <<CONF
port = $restore_port
archive_mode = off
restore_command = 'cp "$pg/wal/%f" "%p"'
recovery_target_time = '$target'
recovery_target_action = 'promote'
CONF
as_postgres touch "$pg/restore/recovery.signal"
as_postgres "$pg_bin/pg_ctl" -D "$pg/restore" -l "$pg/restore.log" -w -t 300 start >/dev/null
for ((i = 0; i < 300; i++)); do
    [[ "$(sql "$restore_port" postgres -c 'SELECT pg_is_in_recovery()' 2>/dev/null)" == f ]] && break
    sleep 1
done
[[ "$(sql "$restore_port" postgres -c 'SELECT pg_is_in_recovery()')" == f ]] || { cat "$pg/restore.log" >&2; exit 1; }
grep -E 'recovery stopping|selected new timeline|archive recovery complete' "$pg/restore.log" | sed 's/^/  /' || true
counts "$restore_port" "$db" > "$work/counts-restored"

# ---- what came back ----------------------------------------------------------------------------
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "pass: $*"; }

step "Row counts: at the target time, restored, and on the source at the end"
LC_ALL=C join -a1 -a2 -e - -o 0,1.2,2.2 "$work/counts-at-target" "$work/counts-restored" \
    | LC_ALL=C join -a1 -e - -o 0,1.2,1.3,2.2 - "$work/counts-at-end" \
    | awk '{ mark = ($2 == $3) ? "" : "   <-- differs"; printf "  %-32s %10s %10s %10s%s\n", $1, $2, $3, $4, mark }
           BEGIN { printf "  %-32s %10s %10s %10s\n", "table", "at target", "restored", "at end" }'
if cmp -s "$work/counts-at-target" "$work/counts-restored"; then
    pass "the restore has the same row count as the source at the target time in all $(grep -vc '^(' "$work/counts-restored") tables"
else
    fail "row counts differ between the source at the target time and the restore"
fi
if cmp -s "$work/counts-restored" "$work/counts-at-end"; then
    fail "the restore also has the changes made after the target time: it was not a point-in-time restore"
else
    pass "the changes made after the target time are not in the restore"
fi

check_chain() { # port database
    COPLAN_CHECK_URL="jdbc:postgresql://127.0.0.1:$1/$2" COPLAN_CHECK_USER="$db" COPLAN_CHECK_PASSWORD="$password" \
        COPLAN_CHECK_ADMIN_USER=coplan_backup_admin COPLAN_CHECK_ADMIN_PASSWORD="$admin_password" \
        java -cp "ejb/target/classes:config/target/server-libs/postgresql.jar" config/backup/CheckChain.java
}
step "Audit hash chain of the restored database, checked offline with org.coplan.audit.AuditChain"
if check_chain "$restore_port" "$db"; then
    pass "the restored audit chain is whole, and a changed event is found"
else
    fail "the restored audit chain is broken (or a change went unnoticed)"
fi

# ---- the second line: a logical dump of the restored database, restored as the owner ----------
step "Logical dump (pg_dump -Fc) of the restored database, restored into a new database"
as_postgres "$pg_bin/pg_dump" -h "$pg/sock" -p "$restore_port" -d "$db" -Fc -f "$pg/coplan.dump"
sql "$restore_port" postgres -v db="$db" <<'SQL'
CREATE DATABASE coplan_backup_dump OWNER :"db";
SQL
as_postgres "$pg_bin/pg_restore" -h "$pg/sock" -p "$restore_port" -d coplan_backup_dump --exit-on-error "$pg/coplan.dump"
counts "$restore_port" coplan_backup_dump > "$work/counts-dump"
echo "  dump: $(du -h "$pg/coplan.dump" | cut -f1)"
if cmp -s "$work/counts-restored" "$work/counts-dump"; then
    pass "the restored dump has the same row counts as the database it was dumped from"
else
    fail "row counts differ after pg_dump and pg_restore"
    diff "$work/counts-restored" "$work/counts-dump" || true
fi
if check_chain "$restore_port" coplan_backup_dump; then
    pass "the audit chain of the restored dump is whole, and a changed event is found"
else
    fail "the audit chain of the restored dump is broken (or a change went unnoticed)"
fi
owner="$(sql "$restore_port" coplan_backup_dump -c "SELECT tableowner FROM pg_tables WHERE tablename = 'audit_event'")"
refused="$(PGPASSWORD="$password" "$pg_bin/psql" -X -q -At -h 127.0.0.1 -p "$restore_port" -U "$db" -d coplan_backup_dump \
    -c 'DELETE FROM audit_event WHERE id = (SELECT max(id) FROM audit_event)' 2>&1 || true)"
if [[ "$owner" == "$db" && "$refused" == *"permission denied"* ]]; then
    pass "the dump came back owned by $db, and its audit trail is still append-only for it"
else
    fail "after pg_restore audit_event is owned by '$owner' and a DELETE answered: $refused"
fi

echo
if ((failures == 0)); then
    echo "PASSED: point-in-time restore of the demo council, in $((SECONDS - started)) s"
else
    echo "FAILED: $failures check(s), in $((SECONDS - started)) s"
    exit 1
fi
