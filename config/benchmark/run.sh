#!/usr/bin/env bash
# CoPlan's load benchmark in one command, on loopback only, after generate.sh made the large council:
#
#   bash config/benchmark/run.sh [USERS] [SECONDS]      (as root; 50 users and 180 s of steady load by default)
#
# It builds CoPlan, starts a Payara domain of its own (config/target/benchmark/payara6) on the
# generated PostgreSQL database, warms the server up with a short run, then runs the Gatling
# journeys (CouncilSimulation) with USERS concurrent users while sampling the server's heap. The
# floors are measured in the same run: a static file served by the same Payara (inside the
# journeys), and the raw SQL of the main queries with pgbench, one client at a time, once the
# load has stopped. It ends with one table (config/target/benchmark/summary.md) and stops the
# server. It is never part of 'mvn verify'.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
users="${1:-50}"
seconds="${2:-180}"
db="${COPLAN_BENCH_DB:-coplan_bench}"
out="$PWD/config/target/benchmark"
payara="$out/payara6"
domain_script=config/src/main/scripts/coplan-domain.sh
mkdir -p "$out/feeders" "$out/sql" "$out/pgbench"

for port in 8080 4848; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && ! pgrep -f "ASMain.*$payara" >/dev/null; then
        echo "Port $port is in use by another server (the demo? stop it with ./coplan stop)." >&2
        exit 1
    fi
done

# ---- the database: the generated council, with a password made up for this run --------------------
if ! pg_lsclusters -h | awk '$2 == "main" && $4 == "online"' | grep -q .; then
    pg_ctlcluster --skip-systemctl-redirect 15 main start
fi
for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -q && break; sleep 1; done
people="$(runuser -u postgres -- psql -tA -d "$db" -c "SELECT count(*) FROM person" 2>/dev/null || echo 0)"
if [[ "$people" -lt 1000 ]]; then
    echo "The large council is not there: run 'bash config/benchmark/generate.sh' first." >&2
    exit 1
fi
if [[ ! -s "$out/db-password" ]]; then
    (umask 077; head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24 > "$out/db-password")
    # psql fills in :"db" and :'pw' only in what it reads, not in -c.
    printf '%s\n' 'ALTER ROLE :"db" PASSWORD :'"'"'pw'"'"';' \
        | runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 -v db="$db" -v pw="$(cat "$out/db-password")" >/dev/null \
        || { rm -f "$out/db-password"; exit 1; }
    rm -rf "$payara"
fi
password="$(cat "$out/db-password")"
bench_psql() { PGPASSWORD="$password" psql -h 127.0.0.1 -U "$db" -d "$db" "$@"; }

# Who the journeys sign in as: practitioners of different teams, each with a plan in draft on their
# caseload; family members with a standing link; managers with their team's service area.
bench_psql -q -c "\copy (SELECT u.username, min(sp.id) AS \"draftPlan\" FROM user_account u
    JOIN person p ON p.allocated_worker_id = u.id JOIN support_plan sp ON sp.person_id = p.id
    WHERE sp.status = 'DRAFT' AND u.username LIKE 'prac%' GROUP BY u.id, u.username ORDER BY u.id % 10, u.id LIMIT 1000)
    TO '$out/feeders/practitioners.csv' WITH CSV HEADER"
bench_psql -q -c "\copy (SELECT u.username FROM user_account u JOIN portal_link l ON l.family_user_id = u.id
    WHERE l.ended_at IS NULL ORDER BY u.id LIMIT 1000) TO '$out/feeders/families.csv' WITH CSV HEADER"
bench_psql -q -c "\copy (SELECT u.username, t.service_area AS area FROM user_account u JOIN team_membership m ON m.user_id = u.id
    JOIN team t ON t.id = m.team_id WHERE u.username LIKE 'mgr.%' ORDER BY t.id LIMIT 200) TO '$out/feeders/managers.csv' WITH CSV HEADER"

# ---- CoPlan on its own Payara domain -------------------------------------------------------------
echo "Building CoPlan..."
mvn -B -q -Prun -DskipTests package
mvn -B -q -f config/benchmark/pom.xml test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$out/gatling-classpath"
mvn -B -q -pl ejb dependency:build-classpath -Dmdep.includeScope=compile -Dmdep.outputFile="$out/ejb-classpath"
if [[ ! -d "$payara" ]]; then
    # The same Payara the demo and the tests run.
    payara_version="$(mvn -B -q help:evaluate -Dexpression=payara.version -DforceStdout | sed "s/\x1b\[[0-9;]*m//g")"
    # Unpacked again even when Maven's marker says it was (the folder may have been removed since).
    mvn -B -q dependency:unpack -Dartifact="fish.payara.distributions:payara:$payara_version:zip" -DoutputDirectory="$out" \
        -Dmdep.overWriteReleases=true
fi
export COPLAN_DB_NAME="$db" COPLAN_DB_USER="$db" COPLAN_DB_PASSWORD="$password"
bash "$domain_script" start "$payara" postgresql config/target/server-libs
# An earlier run's CoPlan comes back with the domain; a forced redeploy over it can fail half-way.
"$payara/bin/asadmin" --interactive=false --user admin --passwordfile "$payara/glassfish/domains/domain1/coplan-admin.password" \
    undeploy coplan >/dev/null 2>&1 || true
bash "$domain_script" deploy "$payara" ear/target/coplan.ear
trap 'bash "$domain_script" stop "$payara" >/dev/null 2>&1 || true' EXIT
for _ in $(seq 1 240); do
    curl -fsS -o /dev/null --max-time 2 http://127.0.0.1:8080/coplan/login.xhtml && break
    sleep 0.5
done
server_pid="$(pgrep -f "ASMain.*$payara" | head -1)"

gatling() { # users seconds ramp
    mvn -B -q -f config/benchmark/pom.xml gatling:test -Dusers="$1" -Dduration="$2" -Dramp="$3" \
        -Dfeeders="$out/feeders" || true
}

echo "Warming up: 10 users for 60 s (not counted)..."
gatling 10 60 10 > "$out/warm-up.log" 2>&1

# ---- the measured run, with the heap sampled every second ----------------------------------------
echo "Measuring: $users users, $seconds s of steady load..."
jstat -gc "$server_pid" 1000 > "$out/heap.log" 2>/dev/null &
jstat_pid=$!
log="$payara/glassfish/domains/domain1/logs/server.log"
log_lines_before="$(wc -l < "$log")"
gatling "$users" "$seconds" 30 | tee "$out/gatling.log"
kill "$jstat_pid" 2>/dev/null || true
# The live heap: what is still in use after a full collection once the load has stopped.
jcmd "$server_pid" GC.run >/dev/null 2>&1 || true
jcmd "$server_pid" GC.heap_info > "$out/heap-after.txt" 2>/dev/null || true
report="$(ls -dt config/benchmark/target/gatling/*/ | head -1)"
server_errors="$(tail -n +"$((log_lines_before + 1))" "$log" | grep -c -E 'SEVERE|OutOfMemoryError' || true)"

# ---- the raw-SQL floor: the same queries with pgbench, one client, after the load ----------------
echo "Raw SQL floors..."
COPLAN_SQL_OUT="$out/sql" COPLAN_TODAY="$(date +%F)" jshell --class-path "ejb/target/classes:$(cat "$out/ejb-classpath")" \
    -R-Djava.util.logging.config.file=/dev/null config/benchmark/audit-sql.jsh
cp config/benchmark/sql/*.sql "$out/sql/"
for script in "$out"/sql/*.sql; do
    name="$(basename "$script" .sql)"
    case "$name" in audit-*) transactions=15 ;; *) transactions=400 ;; esac
    rm -f "$out/pgbench/$name".*
    # With JIT off, as CoPlan's connection pool sets it (config/src/main/scripts/coplan-domain.sh).
    PGOPTIONS="-c jit=off" PGPASSWORD="$password" pgbench -n -h 127.0.0.1 -U "$db" -c 1 -t "$transactions" -f "$script" \
        -l --log-prefix="$out/pgbench/$name" "$db" \
        > "$out/pgbench/$name.out" 2>&1 || { cat "$out/pgbench/$name.out" >&2; exit 1; }
done

java -cp "config/benchmark/target/test-classes:$(cat "$out/gatling-classpath")" org.coplan.benchmark.Summary \
    "$report" "$out/pgbench" "$out/heap.log" "$out/heap-after.txt" "$users" "$seconds" "$server_errors" | tee "$out/summary.md"
echo "Gatling's own report: $report/index.html"
