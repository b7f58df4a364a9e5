package org.coplan.supportplan;

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
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.coplan.shared.BusinessException;
import org.coplan.participation.Ladder;
import org.coplan.people.Person;

/** A person's support plan, on the ladder its decisions are placed on. */
@Entity
@Table(name = "support_plan")
public class SupportPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_plan_seq")
    @SequenceGenerator(name = "support_plan_seq", sequenceName = "support_plan_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ladder_id", nullable = false)
    private Ladder ladder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "next_review_due")
    private LocalDate nextReviewDue;

    /**
     * The person's id while this is their current (latest) plan, null once a newer plan replaced
     * it; unique in the database, so a person has one current plan.
     */
    @Column(name = "current_for_person")
    private Long currentForPerson;

    @Column(name = "current_version_no", nullable = false)
    private int currentVersionNo;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_reason")
    private String closedReason;

    @Version
    private long version;

    protected SupportPlan() {
        // for JPA
    }

    public SupportPlan(Person person, Ladder ladder, Instant createdAt) {
        this.person = Objects.requireNonNull(person);
        this.ladder = Objects.requireNonNull(ladder);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.status = PlanStatus.DRAFT;
        this.currentForPerson = person.id();
        this.currentVersionNo = 1;
    }

    /** The first draft of a new plan. */
    public PlanVersion firstDraft(String byName, Instant at) {
        return new PlanVersion(this, 1, null, byName, at);
    }

    /**
     * Agrees the current draft. Every sign-off the rule needs must be there, given on the
     * draft's current revision; the version it replaces is superseded. The first agreement sets
     * the next review date when none is set.
     */
    public void agree(PlanVersion draft, PlanVersion replaced, Set<SignOffRule.Needed> missing, LocalDate on,
                      LocalDate firstReviewDue, String by, Instant at) {
        checkOpen();
        if (draft.number() != currentVersionNo || draft.status() != PlanStatus.DRAFT) {
            throw new BusinessException("Only the current draft can be agreed.");
        }
        if (!missing.isEmpty()) {
            throw new BusinessException("The draft cannot be agreed yet: it still needs " + describe(missing) + ".");
        }
        draft.agree(on, by, at);
        if (replaced != null) {
            replaced.superseded();
        }
        status = PlanStatus.AGREED;
        if (nextReviewDue == null) {
            nextReviewDue = firstReviewDue;
        }
    }

    /** A review of the agreed version starts a new draft from it; the agreed version is then under review. */
    public PlanVersion startNewDraft(PlanVersion agreed, String byName, Instant at) {
        checkOpen();
        if (agreed.number() != currentVersionNo || agreed.status() != PlanStatus.AGREED) {
            throw new BusinessException("A new draft starts from the agreed version.");
        }
        agreed.underReview();
        status = PlanStatus.UNDER_REVIEW;
        currentVersionNo = agreed.number() + 1;
        return new PlanVersion(this, currentVersionNo, agreed.number(), byName, at);
    }

    public void reviewHeld(LocalDate nextDue) {
        checkOpen();
        this.nextReviewDue = nextDue;
    }

    /** Closes the plan and every version still open; nothing in it can change afterwards. */
    public void close(List<PlanVersion> versions, String reason, Instant at) {
        checkOpen();
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("reason", "Say why the plan is being closed.");
        }
        if (reason.length() > 2000) {
            throw new BusinessException("reason", "The reason is too long: at most 2000 characters.");
        }
        versions.forEach(PlanVersion::close);
        status = PlanStatus.CLOSED;
        closedAt = at;
        closedReason = reason.strip();
        nextReviewDue = null;
    }

    /** A new plan for the same person replaces this one as their current plan. */
    public void replacedByNewPlan() {
        if (status != PlanStatus.CLOSED) {
            throw new BusinessException("The person already has an open plan.");
        }
        currentForPerson = null;
    }

    public void checkOpen() {
        if (status == PlanStatus.CLOSED) {
            throw new BusinessException("This plan is closed and can no longer be changed.");
        }
    }

    private static String describe(Set<SignOffRule.Needed> missing) {
        return missing.stream().map(n -> switch (n) {
            case PERSON_OR_REPRESENTATIVE -> "the sign-off of the person or their representative";
            case PRACTITIONER -> "the practitioner's sign-off";
            case MANAGER -> "a manager's sign-off";
        }).collect(Collectors.joining(" and "));
    }

    public LocalDate nextReviewDue() {
        return nextReviewDue;
    }

    public boolean isCurrent() {
        return currentForPerson != null;
    }

    public int currentVersionNo() {
        return currentVersionNo;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public String closedReason() {
        return closedReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    /** Whether this is the person's current plan (a plan replaced by a newer one is not). */
    public boolean current() {
        return currentForPerson != null;
    }

    public Long id() {
        return id;
    }

    public Person person() {
        return person;
    }

    public Ladder ladder() {
        return ladder;
    }

    public PlanStatus status() {
        return status;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof SupportPlan other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
