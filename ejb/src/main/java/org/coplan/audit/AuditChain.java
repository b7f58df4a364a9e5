package org.coplan.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

/**
 * The audit trail's hash chain: tamper-evident, link by link.
 *
 * <p>Each audit event is sealed soon after it is committed: a row of {@code audit_seal} gives it
 * the next number in the chain, the hash of the link before it, and its own hash: SHA-256 of that
 * previous hash, its number and every field of the event. Changing or removing a sealed event, or
 * changing, removing or re-ordering a seal, breaks a link; {@link #check} walks the chain from its
 * start and reports the first broken one. The chain's first link (number 0) covers every event
 * recorded before the chain existed, hashed in order of id, so a council that upgrades keeps the
 * trail it has under the same protection (a change there is found, but not which event it was).
 *
 * <p>Plain JDBC on purpose: the same code seals in the server and checks in the server, from the
 * command line and after a restore, and reads what the database holds, never a cached copy.
 */
public final class AuditChain {

    /** The hash before the first link. */
    static final String NONE = "0".repeat(64);

    /** What was wrong at the first broken link. */
    public enum Problem {
        /** A sealed event's fields are not what was sealed: it was changed afterwards. */
        EVENT_CHANGED,
        /** A seal names an event that is no longer there: it was removed. */
        EVENT_MISSING,
        /** A link's number is not the one after the link before it: a seal was removed. */
        LINK_MISSING,
        /** A link does not carry the hash of the link before it, or its own hash is wrong: a seal was changed. */
        LINK_CHANGED,
        /** The events recorded before the chain began are not the ones it covered: one was changed or removed. */
        START_CHANGED,
        /** There is no chain at all. */
        NO_CHAIN
    }

    /**
     * What a check found. {@code brokenAt} (the link's number) and {@code eventId} say where the
     * first broken link is, when there is one; {@code unsealed} counts events older than the check
     * allows that are not sealed yet (the sealer has stopped, or someone added them by hand).
     */
    public record Check(boolean intact, long links, long eventsBeforeChain, Long brokenAt, Long eventId, Problem problem,
                        long unsealed, Instant lastSealedAt) {
    }

    static final String EVENT_COLUMNS = "e.id, e.occurred_at, e.actor, e.action, e.record_type, e.record_id, e.purpose, e.outcome, e.detail";

    private AuditChain() {
    }

    // ---- hashing ------------------------------------------------------------------------------------

    /** An event's fields, in one unambiguous form: each field with its length, nulls marked as such. */
    static byte[] fields(ResultSet r, int first) throws SQLException {
        var bytes = new ByteArrayOutputStream(256);
        try (var out = new DataOutputStream(bytes)) {
            out.writeLong(r.getLong(first));
            LocalDateTime at = r.getObject(first + 1, LocalDateTime.class);
            out.writeLong(at.toEpochSecond(ZoneOffset.UTC) * 1_000_000L + at.getNano() / 1_000);
            for (int i = first + 2; i <= first + 8; i++) {
                String value = i == first + 5 ? (r.getObject(i) == null ? null : Long.toString(r.getLong(i))) : r.getString(i);
                if (value == null) {
                    out.writeInt(-1);
                } else {
                    byte[] text = value.getBytes(StandardCharsets.UTF_8);
                    out.writeInt(text.length);
                    out.write(text);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A link's hash: of the previous link's hash, this link's number and the event's fields. */
    static String link(String previous, long number, byte[] eventFields) {
        MessageDigest sha = sha256();
        sha.update(previous.getBytes(StandardCharsets.US_ASCII));
        sha.update(Long.toString(number).getBytes(StandardCharsets.US_ASCII));
        sha.update(eventFields);
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The first link's hash: of how many events it covers, the last id, and their fields hashed in order. */
    static String start(long events, long toId, byte[] eventsDigest) {
        MessageDigest sha = sha256();
        sha.update(NONE.getBytes(StandardCharsets.US_ASCII));
        sha.update(("0 start " + events + " " + toId).getBytes(StandardCharsets.US_ASCII));
        sha.update(eventsDigest);
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    // ---- the first link -----------------------------------------------------------------------------

    /**
     * Starts the chain with one link covering every event recorded so far. Called once, by the
     * migration that creates the chain, before CoPlan writes anything else.
     */
    public static void begin(Connection db, Instant now) throws SQLException {
        Covered covered = covered(db, Long.MAX_VALUE);
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO audit_seal (chain_no, event_id, prev_hash, hash, sealed_at, "
                + "covers_to_id, covers_events) VALUES (0, NULL, ?, ?, ?, ?, ?)")) {
            insert.setString(1, NONE);
            insert.setString(2, start(covered.events(), covered.toId(), covered.digest()));
            insert.setObject(3, LocalDateTime.ofInstant(now, ZoneOffset.UTC));
            insert.setLong(4, covered.toId());
            insert.setLong(5, covered.events());
            insert.executeUpdate();
        }
    }

    private record Covered(long events, long toId, byte[] digest) {
    }

    /** Every event with an id up to the one given, hashed in order of id. */
    private static Covered covered(Connection db, long upToId) throws SQLException {
        MessageDigest sha = sha256();
        long events = 0;
        long toId = 0;
        try (PreparedStatement q = db.prepareStatement("SELECT " + EVENT_COLUMNS + " FROM audit_event e WHERE e.id <= ? ORDER BY e.id")) {
            q.setLong(1, upToId);
            q.setFetchSize(1_000);
            try (ResultSet r = q.executeQuery()) {
                while (r.next()) {
                    sha.update(fields(r, 1));
                    events++;
                    toId = r.getLong(1);
                }
            }
        }
        return new Covered(events, toId, sha.digest());
    }

    // ---- sealing ------------------------------------------------------------------------------------

    /**
     * Seals the committed events that are not sealed yet, in order of id, at most {@code max} of
     * them, looking only at events that occurred at or after {@code since} (the sealer looks back
     * a few minutes at each run and through everything now and then). Returns how many it sealed.
     * Two servers sealing at once cannot fork the chain: a link's number and an event's seal are
     * each unique, so one of them fails and seals at its next run.
     */
    public static int seal(Connection db, Instant since, int max, Instant now) throws SQLException {
        long number;
        String previous;
        long coversToId;
        try (PreparedStatement head = db.prepareStatement("SELECT s.chain_no, s.hash, (SELECT c.covers_to_id FROM audit_seal c "
                + "WHERE c.chain_no = 0) FROM audit_seal s ORDER BY s.chain_no DESC FETCH FIRST 1 ROWS ONLY");
             ResultSet r = head.executeQuery()) {
            if (!r.next()) {
                return 0;
            }
            number = r.getLong(1);
            previous = r.getString(2);
            coversToId = r.getLong(3);
        }
        int sealed = 0;
        try (PreparedStatement unsealed = db.prepareStatement("SELECT " + EVENT_COLUMNS + " FROM audit_event e WHERE e.id > ? "
                + "AND e.occurred_at >= ? AND NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.event_id = e.id) "
                + "ORDER BY e.id FETCH FIRST " + Math.max(1, max) + " ROWS ONLY");
             PreparedStatement insert = db.prepareStatement("INSERT INTO audit_seal (chain_no, event_id, prev_hash, hash, sealed_at) "
                     + "VALUES (?, ?, ?, ?, ?)")) {
            unsealed.setLong(1, coversToId);
            unsealed.setObject(2, LocalDateTime.ofInstant(since, ZoneOffset.UTC));
            LocalDateTime at = LocalDateTime.ofInstant(now, ZoneOffset.UTC);
            try (ResultSet r = unsealed.executeQuery()) {
                while (r.next()) {
                    number++;
                    String hash = link(previous, number, fields(r, 1));
                    insert.setLong(1, number);
                    insert.setLong(2, r.getLong(1));
                    insert.setString(3, previous);
                    insert.setString(4, hash);
                    insert.setObject(5, at);
                    insert.addBatch();
                    previous = hash;
                    sealed++;
                }
            }
            if (sealed > 0) {
                insert.executeBatch();
            }
        }
        return sealed;
    }

    // ---- checking -----------------------------------------------------------------------------------

    /**
     * Walks the chain from its first link and reports the first broken one, and how many events
     * that occurred before {@code unsealedBefore} are not sealed.
     */
    public static Check check(Connection db, Instant unsealedBefore) throws SQLException {
        long links = 0;
        long eventsBefore = 0;
        String previous = NONE;
        long expected = 0;
        Instant last = null;
        long coversToId = 0;
        try (PreparedStatement walk = db.prepareStatement("SELECT s.chain_no, s.event_id, s.prev_hash, s.hash, s.sealed_at, "
                + "s.covers_to_id, s.covers_events, " + EVENT_COLUMNS + " FROM audit_seal s LEFT JOIN audit_event e ON e.id = s.event_id "
                + "ORDER BY s.chain_no")) {
            walk.setFetchSize(1_000);
            try (ResultSet r = walk.executeQuery()) {
                while (r.next()) {
                    long number = r.getLong(1);
                    Long eventId = r.getObject(2) == null ? null : r.getLong(2);
                    last = r.getObject(5, LocalDateTime.class).toInstant(ZoneOffset.UTC);
                    if (number != expected) {
                        return broken(links, eventsBefore, expected, eventId, Problem.LINK_MISSING, last);
                    }
                    if (!previous.equals(r.getString(3))) {
                        return broken(links, eventsBefore, number, eventId, Problem.LINK_CHANGED, last);
                    }
                    String hash;
                    if (number == 0) {
                        coversToId = r.getLong(6);
                        eventsBefore = r.getLong(7);
                        Covered covered = covered(db, coversToId);
                        if (eventId != null || covered.events() != eventsBefore) {
                            return broken(links, eventsBefore, 0L, null, Problem.START_CHANGED, last);
                        }
                        hash = start(covered.events(), coversToId, covered.digest());
                        if (!hash.equals(r.getString(4))) {
                            return broken(links, eventsBefore, 0L, null, Problem.START_CHANGED, last);
                        }
                    } else {
                        if (eventId == null) {
                            return broken(links, eventsBefore, number, null, Problem.LINK_CHANGED, last);
                        }
                        if (r.getObject(8) == null) {
                            return broken(links, eventsBefore, number, eventId, Problem.EVENT_MISSING, last);
                        }
                        hash = link(previous, number, fields(r, 8));
                        if (!hash.equals(r.getString(4))) {
                            // The stored hash was made from the same previous hash and number, so either the
                            // event changed or the seal's own hash did; the event is the likelier and the
                            // one to look at first.
                            return broken(links, eventsBefore, number, eventId, Problem.EVENT_CHANGED, last);
                        }
                    }
                    previous = hash;
                    expected = number + 1;
                    links++;
                }
            }
        }
        if (links == 0) {
            return new Check(false, 0, 0, null, null, Problem.NO_CHAIN, 0, null);
        }
        return new Check(true, links, eventsBefore, null, null, null, unsealed(db, coversToId, unsealedBefore), last);
    }

    private static Check broken(long links, long eventsBefore, Long at, Long eventId, Problem problem, Instant last) {
        return new Check(false, links, eventsBefore, at, eventId, problem, 0, last);
    }

    private static long unsealed(Connection db, long coversToId, Instant before) throws SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT COUNT(*) FROM audit_event e WHERE e.id > ? AND e.occurred_at < ? "
                + "AND NOT EXISTS (SELECT 1 FROM audit_seal s WHERE s.event_id = e.id)")) {
            q.setLong(1, coversToId);
            q.setObject(2, LocalDateTime.ofInstant(before, ZoneOffset.UTC));
            try (ResultSet r = q.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
