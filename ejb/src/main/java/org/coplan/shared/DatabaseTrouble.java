package org.coplan.shared;

import jakarta.ejb.EJBException;
import jakarta.resource.ResourceException;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.exceptions.EclipseLinkException;

/**
 * Tells, from a failure as it reaches the pages or the API, whether the database was out of
 * reach: its connection was lost (the server restarted, the network dropped, an administrator
 * ended the session) or every connection of the pool was in use for longer than the pool's
 * longest wait. Either way the transaction was rolled back, so nothing of the change was saved,
 * and the same request is worth trying again in a moment. The failure arrives wrapped several
 * times (an EJB, JPA, EclipseLink, connector or servlet exception around a JDBC one), so the
 * whole chain of causes is looked at, not just its top.
 */
public final class DatabaseTrouble {

    /** What went wrong, in the words a page or the API uses. */
    public enum Kind {
        /** Every connection was in use by other requests: CoPlan is busy. */
        BUSY,
        /** The database did not answer, or its connection broke part way. */
        UNREACHABLE
    }

    /** How long a client is asked to wait before trying again, in seconds (the Retry-After header). */
    public static final int RETRY_AFTER_SECONDS = 5;

    private static final int DEEPEST = 30;

    private DatabaseTrouble() {
    }

    /** The kind of database trouble behind this failure, or empty when the failure is something else. */
    public static Optional<Kind> of(Throwable failure) {
        boolean lost = false;
        boolean pool = false;
        boolean communication = false;
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        Deque<Throwable> todo = new ArrayDeque<>();
        add(todo, failure);
        while (!todo.isEmpty() && seen.size() < DEEPEST) {
            Throwable t = todo.poll();
            if (!seen.add(t)) {
                continue;
            }
            lost |= t instanceof SQLException sql && connectionLost(sql.getSQLState());
            // The pool could not hand out a connection: all in use, or (with a lost SQL state below it) none could be made.
            pool |= t instanceof ResourceException;
            communication |= t instanceof DatabaseException db && db.isCommunicationFailure();
            add(todo, t.getCause());
            if (t instanceof SQLException sql) {
                add(todo, sql.getNextException());
            }
            if (t instanceof EJBException ejb) {
                add(todo, ejb.getCausedByException());
            }
            if (t instanceof EclipseLinkException link) {
                add(todo, link.getInternalException());
            }
            for (Throwable suppressed : t.getSuppressed()) {
                add(todo, suppressed);
            }
        }
        if (lost) {
            return Optional.of(Kind.UNREACHABLE);
        }
        if (pool) {
            return Optional.of(Kind.BUSY);
        }
        return communication ? Optional.of(Kind.UNREACHABLE) : Optional.empty();
    }

    private static void add(Deque<Throwable> todo, Throwable t) {
        if (t != null) {
            todo.add(t);
        }
    }

    /**
     * SQL states that mean the connection, not the statement, failed: class 08 (connection
     * exception) and PostgreSQL's 57P01 to 57P03 (the server shut down, crashed or is starting),
     * and 53300 (the server has no connection left).
     */
    static boolean connectionLost(String state) {
        return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02")
                || state.equals("57P03") || state.equals("53300"));
    }
}
