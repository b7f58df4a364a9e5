package org.coplan.audit;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What a service says about the call being audited: the record, when its id is only known
 * inside the method (a new record), and any detail. One note per audited call, kept on the
 * calling thread (EJB calls are synchronous on that thread), nested when one audited service
 * calls another.
 */
public final class AuditNote {

    private static final ThreadLocal<Deque<AuditNote>> OPEN = ThreadLocal.withInitial(ArrayDeque::new);

    /** A note for calls that are not audited, so that services never need to check. */
    private static final AuditNote DISCARDED = new AuditNote(null, null, null, null);

    private final String action;
    private String recordType;
    private final String purpose;
    private Long recordId;
    private String actor;
    private String detail;
    private boolean denied;

    AuditNote(String action, String recordType, String purpose, Long recordId) {
        this.action = action;
        this.recordType = recordType;
        this.purpose = purpose;
        this.recordId = recordId;
    }

    /** The note of the innermost audited call on this thread. */
    public static AuditNote current() {
        AuditNote note = OPEN.get().peek();
        return note == null ? DISCARDED : note;
    }

    static AuditNote open(Audited audited, Long recordId) {
        AuditNote note = new AuditNote(audited.action(), audited.recordType(), audited.purpose(), recordId);
        OPEN.get().push(note);
        return note;
    }

    static void close(AuditNote note) {
        Deque<AuditNote> open = OPEN.get();
        open.remove(note);
        if (open.isEmpty()) {
            OPEN.remove();
        }
    }

    public AuditNote record(Long id) {
        if (this == DISCARDED) {
            return this;
        }
        this.recordId = id;
        return this;
    }

    /** The call turned out to be about another record than the annotation says (a plan's decisions: the plan). */
    public AuditNote about(String type, Long id) {
        if (this == DISCARDED) {
            return this;
        }
        this.recordType = type;
        this.recordId = id;
        return this;
    }

    /** Who acted, when that is not the signed-in user (a login attempt). */
    public AuditNote actor(String name) {
        if (this == DISCARDED) {
            return this;
        }
        this.actor = name;
        return this;
    }

    public AuditNote detail(String text) {
        if (this == DISCARDED) {
            return this;
        }
        this.detail = text == null || text.length() <= 1000 ? text : text.substring(0, 1000);
        return this;
    }

    /** The call completed, but what it did counts as a refusal (a failed login). */
    public AuditNote denied() {
        if (this == DISCARDED) {
            return this;
        }
        this.denied = true;
        return this;
    }

    String action() {
        return action;
    }

    String recordType() {
        return recordType;
    }

    String purpose() {
        return purpose;
    }

    Long recordId() {
        return recordId;
    }

    String actorOr(String fallback) {
        return actor == null || actor.isBlank() ? fallback : actor;
    }

    String detail() {
        return detail;
    }

    boolean isDenied() {
        return denied;
    }
}
