package org.coplan.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * Cuts CoPlan's own connections to PostgreSQL part way through its work, from the test JVM and
 * as CoPlan's own database role (a role may end its own sessions): a row lock held here stops
 * CoPlan's save at the statement that writes that row, the stopped session is found in
 * pg_stat_activity, and it is ended as an administrator or a database restart would end it.
 * Only this database's sessions of this role are touched, never the server.
 */
final class DatabaseFault implements AutoCloseable {

    /**
     * CoPlan's session stopped by the lock: its process id, the statement pg_stat_activity shows
     * for it, and whether its transaction had already written something (it has a transaction id
     * only once it has).
     */
    record Stopped(int pid, String statement, boolean wroteAlready) {
    }

    /** Holds the lock, in a transaction left open. */
    private final Connection db;

    /**
     * Watches and ends sessions, one statement a transaction: within one transaction PostgreSQL
     * shows other sessions as they were when first looked at (only the wait is read afresh).
     */
    private final Connection watcher;

    private DatabaseFault(Connection db, Connection watcher) {
        this.db = db;
        this.watcher = watcher;
    }

    /** A connection with the credentials the domain's connection pool uses. */
    static Connection connectAsApplicationRole() throws SQLException {
        String url = "jdbc:postgresql://" + env("COPLAN_DB_HOST", "127.0.0.1") + ":" + env("COPLAN_DB_PORT", "5432")
                + "/" + env("COPLAN_DB_NAME", "coplan_test");
        return DriverManager.getConnection(url, env("COPLAN_DB_USER", "coplan_test"), System.getenv("COPLAN_DB_PASSWORD"));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** Locks one section of one version of a plan, in a transaction left open until {@link #close()}. */
    static DatabaseFault lockSection(long planId, int versionNo, String sectionKey) throws SQLException {
        Connection db = connectAsApplicationRole();
        db.setAutoCommit(false);
        try (PreparedStatement lock = db.prepareStatement("SELECT s.id FROM plan_section s JOIN plan_version v "
                + "ON v.id = s.plan_version_id WHERE v.plan_id = ? AND v.version_no = ? AND s.section_key = ? FOR UPDATE OF s")) {
            lock.setLong(1, planId);
            lock.setInt(2, versionNo);
            lock.setString(3, sectionKey);
            try (ResultSet row = lock.executeQuery()) {
                if (!row.next()) {
                    db.close();
                    throw new IllegalStateException("No section " + sectionKey + " in version " + versionNo + " of plan " + planId);
                }
            }
        }
        return new DatabaseFault(db, connectAsApplicationRole());
    }

    /** Waits until one of CoPlan's sessions waits for the lock held here (and for nothing else). */
    Stopped awaitStopped(Duration within) throws Exception {
        long until = System.nanoTime() + within.toNanos();
        while (System.nanoTime() < until) {
            try (PreparedStatement sql = watcher.prepareStatement("SELECT pid, query, backend_xid IS NOT NULL "
                    + "FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' "
                    + "AND pg_blocking_pids(pid) = ARRAY[?]")) {
                sql.setInt(1, lockHolder());
                ResultSet r = sql.executeQuery();
                if (r.next()) {
                    return new Stopped(r.getInt(1), r.getString(2), r.getBoolean(3));
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No session of CoPlan waited for the lock within " + within);
    }

    /** Ends one of CoPlan's sessions, as pg_terminate_backend does for an administrator. */
    void cut(Stopped stopped) throws SQLException {
        try (PreparedStatement end = watcher.prepareStatement("SELECT pg_terminate_backend(?)")) {
            end.setInt(1, stopped.pid());
            try (ResultSet r = end.executeQuery()) {
                r.next();
                if (!r.getBoolean(1)) {
                    throw new IllegalStateException("Session " + stopped.pid() + " could not be ended");
                }
            }
        }
    }

    /** Ends every other session of this role on this database, as a restart of PostgreSQL would; answers how many. */
    static int cutEveryConnection() throws SQLException {
        try (Connection db = connectAsApplicationRole(); Statement sql = db.createStatement();
             ResultSet r = sql.executeQuery("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity "
                     + "WHERE datname = current_database() AND usename = current_user AND pid <> pg_backend_pid()")) {
            r.next();
            return r.getInt(1);
        }
    }

    private int lockHolder() throws SQLException {
        try (Statement sql = db.createStatement(); ResultSet r = sql.executeQuery("SELECT pg_backend_pid()")) {
            r.next();
            return r.getInt(1);
        }
    }

    /** Lets go of the lock (the locked row was never changed here). */
    @Override
    public void close() throws SQLException {
        try (watcher) {
            db.rollback();
        } finally {
            db.close();
        }
    }
}
