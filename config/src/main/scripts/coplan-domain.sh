#!/usr/bin/env bash
# Sets up, starts and stops a Payara domain for CoPlan. Used by ./coplan (the demo
# domain under config/target) and by the integration tests (the test domain under
# it/target), so both run on a server configured by the same code.
#
#   coplan-domain.sh start  PAYARA_HOME DB LIBS_DIR [DEMO_FILE]   DB is h2 or postgresql
#   coplan-domain.sh deploy PAYARA_HOME EAR
#   coplan-domain.sh stop   PAYARA_HOME
#
# PostgreSQL settings come from the environment: COPLAN_DB_HOST (127.0.0.1),
# COPLAN_DB_PORT (5432), COPLAN_DB_NAME, COPLAN_DB_USER and COPLAN_DB_PASSWORD. The
# password is stored in the domain as a Payara password alias, never in the repo.
# The connection pool holds at most COPLAN_DB_POOL_SIZE connections (32), and a request waits at
# most COPLAN_DB_POOL_WAIT_MS milliseconds (5000) for one before it is told CoPlan is busy.
# COPLAN_SETTINGS, if set, holds CoPlan settings for this domain as system properties in
# asadmin's form (name=value:name=value); the tests use it for short login throttle delays.
#
# The administration console and asadmin (admin user "admin") get a password when the domain is
# first set up: COPLAN_ADMIN_CONSOLE_PASSWORD if set, otherwise a random one. Either way it is kept
# in DOMAIN_DIR/coplan-admin.password (asadmin's password file, AS_ADMIN_PASSWORD=..., readable by
# its owner only), which every later asadmin call here uses.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
asadmin_files="$here/../asadmin"

usage() { sed -n '5,7p' "${BASH_SOURCE[0]}" >&2; exit 2; }

admin_password_file() { echo "$PAYARA_HOME/glassfish/domains/domain1/coplan-admin.password"; }

# Every call signs in with the domain's password file, once the domain has one.
asadmin() {
    local pwfile
    pwfile="$(admin_password_file)"
    if [[ -f "$pwfile" ]]; then
        "$PAYARA_HOME/bin/asadmin" --interactive=false --user admin --passwordfile "$pwfile" "$@"
    else
        "$PAYARA_HOME/bin/asadmin" --interactive=false "$@"
    fi
}

set_admin_password() {
    # A new domain's "admin" has an empty password. Kept in a file of the domain only after the
    # change succeeded, so a set-up that failed before it tries again from the empty password.
    local pwfile new change
    pwfile="$(admin_password_file)"
    [[ -f "$pwfile" ]] && return 0
    new="${COPLAN_ADMIN_CONSOLE_PASSWORD:-}"
    if [[ -z "$new" ]]; then
        new="$(head -c 48 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' | head -c 24)"
    fi
    change="$(mktemp)"
    chmod 600 "$change"
    printf 'AS_ADMIN_PASSWORD=\nAS_ADMIN_NEWPASSWORD=%s\n' "$new" > "$change"
    "$PAYARA_HOME/bin/asadmin" --interactive=false --user admin --passwordfile "$change" change-admin-password
    rm -f "$change"
    (umask 077 && printf 'AS_ADMIN_PASSWORD=%s\n' "$new" > "$pwfile.new")
    mv "$pwfile.new" "$pwfile"
    echo "The administration console's password (user admin) is in $pwfile"
}

wait_for() { # url seconds
    local url="$1" seconds="$2" i
    for ((i = 0; i < seconds * 2; i++)); do
        if curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; then return 0; fi
        sleep 0.5
    done
    echo "No answer from $url after ${seconds}s" >&2
    return 1
}

# Both pools: when every connection is in use, a request waits a few seconds, not Payara's
# default minute, and then gets "busy, try again" (503) instead of hanging.
pool_limits() { echo "--maxpoolsize=${COPLAN_DB_POOL_SIZE:-32} --maxwait=${COPLAN_DB_POOL_WAIT_MS:-5000}"; }

configure_h2() {
    # Payara's bundled H2, a file under the domain. Kept apart from Payara's own jdbc/__default.
    # shellcheck disable=SC2046
    asadmin create-jdbc-connection-pool \
        --datasourceclassname org.h2.jdbcx.JdbcDataSource --restype javax.sql.DataSource \
        $(pool_limits) \
        --property 'URL=jdbc\:h2\:${com.sun.aas.instanceRoot}/lib/databases/coplan' \
        CoPlanPool
    asadmin create-jdbc-resource --connectionpoolid CoPlanPool jdbc/coplan
}

configure_postgresql() {
    local libs="$1"
    : "${COPLAN_DB_PASSWORD:?set COPLAN_DB_PASSWORD to the database password}"
    local host="${COPLAN_DB_HOST:-127.0.0.1}" port="${COPLAN_DB_PORT:-5432}"
    local name="${COPLAN_DB_NAME:-coplan}" user="${COPLAN_DB_USER:-coplan}"
    asadmin add-library --type common "$libs/postgresql.jar" || true
    local pwfile
    pwfile="$(mktemp)"
    chmod 600 "$pwfile"
    # asadmin takes one password file: the admin's password and the alias's value together.
    { cat "$(admin_password_file)"; printf 'AS_ADMIN_ALIASPASSWORD=%s\n' "$COPLAN_DB_PASSWORD"; } > "$pwfile"
    asadmin delete-password-alias coplan-db-password >/dev/null 2>&1 || true
    "$PAYARA_HOME/bin/asadmin" --interactive=false --user admin --passwordfile "$pwfile" create-password-alias coplan-db-password
    rm -f "$pwfile"
    # jit=off: PostgreSQL's JIT compiler spent about 370 ms compiling each participation audit
    # query it then ran in under a second (EXPLAIN ANALYZE on the benchmark's large council).
    # Each connection is checked with a real round trip (JDBC's isValid) before it is handed out:
    # after a database restart every pooled connection is dead, and the auto-commit check never
    # reaches the server, so the first request on each would fail.
    # shellcheck disable=SC2046
    asadmin create-jdbc-connection-pool \
        --datasourceclassname org.postgresql.ds.PGSimpleDataSource \
        --restype javax.sql.DataSource \
        --steadypoolsize 4 $(pool_limits) \
        --isconnectvalidatereq=true --validationmethod custom-validation \
        --validationclassname org.glassfish.api.jdbc.validation.JDBC40ConnectionValidation \
        --property "serverName=${host}:portNumber=${port}:databaseName=${name}:user=${user}:password=\${ALIAS=coplan-db-password}:options=-c jit\=off" \
        CoPlanPool
    asadmin create-jdbc-resource --connectionpoolid CoPlanPool jdbc/coplan
}

start() {
    local db="$1" libs="$2" demo="${3:-}"
    local domain_dir="$PAYARA_HOME/glassfish/domains/domain1"
    local marker="$domain_dir/.coplan-configured"
    if [[ -f "$marker" && "$(cat "$marker")" != "$db" ]]; then
        echo "This domain was set up for $(cat "$marker"); run 'mvn clean' to set it up for $db." >&2
        exit 1
    fi
    if asadmin list-domains 2>/dev/null | grep -q "^domain1 running"; then
        echo "domain1 is already running"
    else
        local port
        for port in 4848 8080; do
            if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
                echo "Port $port is already in use by another server (the demo server? stop it with ./coplan stop)." >&2
                exit 1
            fi
        done
        asadmin start-domain domain1
    fi
    set_admin_password
    if [[ ! -f "$marker" ]]; then
        # A failed set-up leaves no marker; the next start repeats it from a clean domain.
        asadmin multimode --file "$asadmin_files/domain.asadmin"
        case "$db" in
            h2) configure_h2 ;;
            postgresql) configure_postgresql "$libs" ;;
            *) usage ;;
        esac
        asadmin ping-connection-pool CoPlanPool
        if [[ -n "${COPLAN_SETTINGS:-}" ]]; then
            asadmin create-system-properties "$COPLAN_SETTINGS"
        fi
        if [[ -n "$demo" ]]; then
            # Demo and test domains only: load the demo council at start-up. Never in production.
            asadmin create-system-properties "coplan.demo-council=$(cd "$(dirname "$demo")" && pwd)/$(basename "$demo")"
        fi
        # Payara's own welcome page names the server; the address of the whole server leads to CoPlan instead.
        cat > "$domain_dir/docroot/index.html" <<'HTML'
<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="UTF-8"><meta http-equiv="refresh" content="0; url=/coplan/"><title>CoPlan</title></head>
<body><p><a href="/coplan/">Go to CoPlan</a></p></body>
</html>
HTML
        echo "$db" > "$marker"
        # JVM options and the common library only take effect after a restart.
        asadmin restart-domain domain1
    fi
    wait_for "http://localhost:8080/" 120
}

cmd="${1:-}"; shift || true
case "$cmd" in
    start)
        [[ $# -ge 2 ]] || usage
        PAYARA_HOME="$1"; start "$2" "${3:-}" "${4:-}" ;;
    deploy)
        [[ $# -eq 2 ]] || usage
        PAYARA_HOME="$1"
        asadmin deploy --force=true --name coplan "$2" ;;
    stop)
        [[ $# -eq 1 ]] || usage
        PAYARA_HOME="$1"
        asadmin stop-domain domain1 || true ;;
    *) usage ;;
esac
