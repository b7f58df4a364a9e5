package org.coplan.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.eclipse.persistence.queries.Call;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * Counts the SQL statements EclipseLink sends, per thread: registered on the persistence unit
 * as a session event listener, so every statement of every query and write is seen, whichever
 * service sends it. A service call runs on its caller's thread, so {@link #counted} tells how
 * many statements one call sent — the number that must not grow with the rows a page shows —
 * and which they were.
 */
public class SqlStatements extends SessionEventAdapter {

    /** The statements of the work being counted on this thread; null when nothing is counted. */
    private static final ThreadLocal<List<String>> COUNTING = new ThreadLocal<>();

    /** What a piece of work returned, and the SQL statements it sent, in order. */
    public record Counted<T>(T result, List<String> sql) {

        public long statements() {
            return sql.size();
        }

        /**
         * The statements that read, without those that hand out ids from a sequence (one in every
         * fifty inserts, whichever call it falls on): what must not grow with the rows shown.
         */
        public List<String> reads() {
            return sql.stream().filter(q -> q.regionMatches(true, 0, "SELECT", 0, 6))
                    .filter(q -> !q.toUpperCase(java.util.Locale.ROOT).contains("NEXT VALUE FOR")
                            && !q.toLowerCase(java.util.Locale.ROOT).contains("nextval("))
                    .toList();
        }
    }

    @Override
    public void postExecuteCall(SessionEvent event) {
        List<String> sql = COUNTING.get();
        if (sql != null) {
            Call call = event.getCall();
            sql.add(call instanceof org.eclipse.persistence.internal.databaseaccess.DatabaseCall db ? db.getSQLString()
                    : String.valueOf(call));
        }
    }

    /** Runs the work on this thread and collects the SQL statements it sends. */
    public static <T> Counted<T> counted(Callable<T> work) throws Exception {
        List<String> outer = COUNTING.get();
        // Work this call hands to other threads (see onThisCount) adds to the same list.
        List<String> sql = java.util.Collections.synchronizedList(new ArrayList<>());
        COUNTING.set(sql);
        try {
            T result = work.call();
            synchronized (sql) {
                return new Counted<>(result, List.copyOf(sql));
            }
        } finally {
            if (outer == null) {
                COUNTING.remove();
            } else {
                outer.addAll(sql);
                COUNTING.set(outer);
            }
        }
    }

    /**
     * The work, to run on another thread, with its statements counted with this thread's (when
     * this thread is counting): a call that sends part of its SQL from other threads is still
     * counted whole.
     */
    public static <T> Callable<T> onThisCount(Callable<T> work) {
        List<String> sql = COUNTING.get();
        if (sql == null) {
            return work;
        }
        return () -> {
            List<String> before = COUNTING.get();
            COUNTING.set(sql);
            try {
                return work.call();
            } finally {
                if (before == null) {
                    COUNTING.remove();
                } else {
                    COUNTING.set(before);
                }
            }
        };
    }
}
