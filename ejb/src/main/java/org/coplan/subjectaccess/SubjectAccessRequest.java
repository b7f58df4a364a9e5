package org.coplan.subjectaccess;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.coplan.shared.BusinessException;

/**
 * One person's request for a copy of their data, from the day it came in to the day the copy
 * was sent. Its due date is fixed when it is recorded, so a later change of rule does not move
 * a deadline already given.
 */
@Entity
@Table(name = "subject_access_request")
public class SubjectAccessRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "subject_access_request_seq")
    @SequenceGenerator(name = "subject_access_request_seq", sequenceName = "subject_access_request_seq", allocationSize = 50)
    private Long id;

    @Column(name = "person_id", nullable = false, updatable = false)
    private long personId;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "requested_by", nullable = false, updatable = false, length = 20)
    private RequestedBy requestedBy;

    @Column(name = "requester_name", updatable = false, length = 200)
    private String requesterName;

    @Enumerated(EnumType.STRING)
    @Column(name = "received_how", nullable = false, updatable = false, length = 20)
    private ReceivedHow receivedHow;

    @Column(length = 2000, updatable = false)
    private String note;

    @Column(name = "recorded_by", nullable = false, updatable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "last_produced_at")
    private Instant lastProducedAt;

    @Column(name = "last_produced_by")
    private String lastProducedBy;

    @Column(name = "sent_on")
    private LocalDate sentOn;

    @Column(name = "sent_by")
    private String sentBy;

    @Version
    private long version;

    protected SubjectAccessRequest() {
    }

    SubjectAccessRequest(long personId, RequestDraft draft, String recordedBy, Instant recordedAt) {
        this.personId = personId;
        this.receivedOn = draft.receivedOn();
        this.dueOn = Deadline.dueOn(draft.receivedOn());
        this.requestedBy = draft.requestedBy();
        this.requesterName = draft.requestedBy() == RequestedBy.THE_PERSON ? null : blankToNull(draft.requesterName());
        this.receivedHow = draft.receivedHow();
        this.note = blankToNull(draft.note());
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    /** A copy was made for this request (it may be made again before it is sent). */
    void produced(String by, Instant at) {
        this.lastProducedBy = by;
        this.lastProducedAt = at;
    }

    /** The copy went to the requester. Only once, only after it was made, never before the request came in. */
    void sent(String by, LocalDate on, LocalDate today) {
        if (sentOn != null) {
            throw new BusinessException("sentOn", "This request was already marked as sent on " + sentOn + ".");
        }
        if (lastProducedAt == null) {
            throw new BusinessException("sentOn", "Make the copy (PDF or JSON) before marking the request as sent.");
        }
        if (on == null) {
            throw new BusinessException("sentOn", "Enter the date the copy was sent.");
        }
        if (on.isBefore(receivedOn) || on.isAfter(today)) {
            throw new BusinessException("sentOn", "The date sent must be between the date received and today.");
        }
        this.sentOn = on;
        this.sentBy = by;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public long id() {
        return id;
    }

    public long personId() {
        return personId;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public RequestedBy requestedBy() {
        return requestedBy;
    }

    public String requesterName() {
        return requesterName;
    }

    public ReceivedHow receivedHow() {
        return receivedHow;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public Instant lastProducedAt() {
        return lastProducedAt;
    }

    public String lastProducedBy() {
        return lastProducedBy;
    }

    public LocalDate sentOn() {
        return sentOn;
    }

    public String sentBy() {
        return sentBy;
    }

    public long version() {
        return version;
    }
}
