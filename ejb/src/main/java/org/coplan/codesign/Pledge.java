package org.coplan.codesign;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.coplan.shared.BusinessException;

/** A personal commitment made by a named member in a session, with a due date and its follow-up. */
@Entity
@Table(name = "pledge")
public class Pledge {

    /** How soon a pledge shows on the reminder list before it is due. */
    public static final int REMIND_DAYS_BEFORE = 14;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pledge_seq")
    @SequenceGenerator(name = "pledge_seq", sequenceName = "pledge_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private CoDesignProject project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "session_id", nullable = false)
    private ProjectSession session;

    @Column(name = "member_user_id", nullable = false)
    private long memberUserId;

    @Column(nullable = false, length = 2000)
    private String what;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PledgeStatus status;

    @Column(name = "status_note")
    private String statusNote;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Pledge() {
        // for JPA
    }

    Pledge(ProjectSession session, long memberUserId, String what, LocalDate dueOn, String by, Instant at) {
        if (what == null || what.isBlank()) {
            throw new BusinessException("what", "Write what the pledge is, in the member's words.");
        }
        if (what.length() > 2000) {
            throw new BusinessException("what", "The pledge is too long: at most 2000 characters.");
        }
        if (dueOn == null || dueOn.isBefore(session.plannedOn())) {
            throw new BusinessException("dueOn", "Give the date it is due, on or after the session it was made in.");
        }
        this.session = session;
        this.project = session.project();
        this.memberUserId = memberUserId;
        this.what = what.strip();
        this.dueOn = dueOn;
        this.status = PledgeStatus.IN_PROGRESS;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** Follows a pledge up. Calling it broken needs a note of what happened, so it is not just a mark against someone. */
    void followUp(PledgeStatus next, String note, String by, Instant at) {
        Objects.requireNonNull(next);
        if (next == PledgeStatus.BROKEN && (note == null || note.isBlank())) {
            throw new BusinessException("note", "Say what happened when a pledge is broken.");
        }
        this.status = next;
        this.statusNote = note == null || note.isBlank() ? null : note.strip();
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /** On the reminder list: still in progress and due within the reminder window, or overdue. */
    public boolean remindOn(LocalDate today) {
        return status == PledgeStatus.IN_PROGRESS && !dueOn.isAfter(today.plusDays(REMIND_DAYS_BEFORE));
    }

    public Long id() {
        return id;
    }

    public ProjectSession session() {
        return session;
    }

    public long memberUserId() {
        return memberUserId;
    }

    public String what() {
        return what;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public PledgeStatus status() {
        return status;
    }

    public String statusNote() {
        return statusNote;
    }
}
