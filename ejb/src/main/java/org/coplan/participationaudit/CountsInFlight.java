package org.coplan.participationaudit;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Lets managers who ask for the same counts at the same time share one count, without ever
 * being given counts older than their request: a request that finds a count under way waits
 * for the next one, which starts when that one ends, and every request waiting then shares it.
 * So at most one count a key runs at once and one more waits, however many managers ask; and
 * nothing is kept once it is handed out, so there is nothing to invalidate. Owned by
 * {@link KeptCounts}, which shares whole-scope counts through it.
 */
public class CountsInFlight {

    private final Map<Object, Slot> slots = new ConcurrentHashMap<>();

    /** The running count and the one that will start after it, for one key. */
    private static final class Slot {
        CompletableFuture<Object> running;
        CompletableFuture<Object> next;
    }

    /** The result of {@code count}, run now or started after this call by another caller with the same key. */
    @SuppressWarnings("unchecked")
    public <T> T share(Object key, Supplier<T> count) {
        Slot slot = slots.computeIfAbsent(key, k -> new Slot());
        CompletableFuture<Object> shared;
        CompletableFuture<Object> mine = null;
        CompletableFuture<Object> before = null;
        synchronized (slot) {
            shared = slot.next;
            if (shared == null) {
                mine = new CompletableFuture<>();
                before = slot.running;
                if (before == null) {
                    slot.running = mine;
                } else {
                    slot.next = mine;
                }
            }
        }
        if (shared != null) {
            return (T) await(shared); // waited for outside the lock, so the running count can finish
        }
        if (before != null) {
            before.handle((r, e) -> null).join();
            synchronized (slot) {
                slot.running = mine;
                slot.next = null;
            }
        }
        try {
            T result = count.get();
            mine.complete(result);
            return result;
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            synchronized (slot) {
                if (slot.running == mine) {
                    slot.running = null;
                }
            }
        }
    }

    private static Object await(CompletableFuture<Object> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }
}
