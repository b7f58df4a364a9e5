#!/usr/bin/env bash
# The large council for the benchmark, in one command, on this machine's PostgreSQL 15:
#
#   bash config/benchmark/generate.sh [SCALE]        (SCALE 1 = the full council; as root)
#
# It makes a role and a database (COPLAN_BENCH_DB, default coplan_bench) afresh, gives it
# CoPlan's schema with CoPlan's own Flyway migrations, then fills it with large-council.sql and
# says how long each part took. The database password is made up here and kept, readable by root
# only, in config/target/benchmark/db-password, for the benchmark's server to use.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
scale="${1:-1}"
db="${COPLAN_BENCH_DB:-coplan_bench}"
out=config/target/benchmark
mkdir -p "$out"

if ! pg_lsclusters -h | awk '$2 == "main" && $4 == "online"' | grep -q .; then
    pg_ctlcluster --skip-systemctl-redirect 15 main start
fi
for _ in $(seq 1 30); do pg_isready -h 127.0.0.1 -q && break; sleep 1; done

password="$(head -c 32 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)"
umask 077
printf '%s\n' "$password" > "$out/db-password"
runuser -u postgres -- psql -q -v ON_ERROR_STOP=1 -v db="$db" -v pw="$password" <<'SQL'
SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :'db' AND pid <> pg_backend_pid();
DROP DATABASE IF EXISTS :"db";
DROP ROLE IF EXISTS :"db";
CREATE ROLE :"db" LOGIN PASSWORD :'pw';
CREATE DATABASE :"db" OWNER :"db";
SQL

started=$(date +%s)
# CoPlan's classes and their libraries (Flyway, Shiro's argon2), and the PostgreSQL driver.
mvn -B -q -pl ejb -am install -DskipTests
mvn -B -q -pl ejb dependency:build-classpath -Dmdep.includeScope=compile -Dmdep.outputFile="$PWD/$out/classpath"
mvn -B -q dependency:copy -Dartifact=org.postgresql:postgresql:42.7.14 -DoutputDirectory="$PWD/$out"
cp="ejb/target/classes:$(cat "$out/classpath"):$out/postgresql-42.7.14.jar"

# The schema, by the same migrations CoPlan runs at start, and the hash of the benchmark password.
hash_file="$out/password-hash"
rm -f "$hash_file"
COPLAN_BENCH_DB="$db" COPLAN_BENCH_PASSWORD="$password" COPLAN_BENCH_HASH_FILE="$hash_file" \
    jshell --class-path "$cp" -R-Djava.util.logging.config.file=/dev/null - <<'JAVA'
var env = System.getenv();
var url = "jdbc:postgresql://127.0.0.1:5432/" + env.get("COPLAN_BENCH_DB");
var config = org.flywaydb.core.Flyway.configure().dataSource(url, env.get("COPLAN_BENCH_DB"), env.get("COPLAN_BENCH_PASSWORD"));
var flyway = config.locations("classpath:db/migration/common", "classpath:db/migration/postgresql").load();
System.out.println("Schema: " + flyway.migrate().migrationsExecuted + " migrations");
java.nio.file.Files.writeString(java.nio.file.Path.of(env.get("COPLAN_BENCH_HASH_FILE")), org.coplan.security.Passwords.hash("benchmark-2026"));
/exit
JAVA
[ -s "$hash_file" ] || { echo "The schema or the password hash could not be made" >&2; exit 1; }
schema_done=$(date +%s)

PGPASSWORD="$password" psql -q -h 127.0.0.1 -U "$db" -d "$db" -v scale="$scale" \
    -v password_hash="'$(cat "$hash_file")'" -f config/benchmark/large-council.sql \
    | grep -v '^Time:\|setseed\|^-\|^ *$\|row)'
# The participation audit's read model, by the SQL CoPlan itself keeps it with.
jshell --class-path "$cp" -R-Djava.util.logging.config.file=/dev/null - > "$out/decision-facts.sql" <<'JAVA'
System.out.println(org.coplan.participationaudit.DecisionFacts.FILL_ALL + ";");
/exit
JAVA
PGPASSWORD="$password" psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U "$db" -d "$db" -f "$out/decision-facts.sql" -c "ANALYZE decision_fact"
done_at=$(date +%s)
echo "Schema in $((schema_done - started)) s, data in $((done_at - schema_done)) s (scale $scale). Every generated login's password: benchmark-2026"
