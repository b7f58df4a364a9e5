package org.coplan.participation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A decision in the ledger: who had the power to make it, and where that sits on the ladder.
 * It belongs to exactly one plan, plan review, project or session.
 *
 * <p>Its content lives in versions. Until the decision is fed back to the people it affects, a
 * correction changes the current version. Once it is fed back it is never silently edited: a
 * change makes a new version, with a reason, and that new version must be fed back in turn.
 */
@Entity
@Table(name = "decision")
public class Decision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "decision_seq")
    @SequenceGenerator(name = "decision_seq", sequenceName = "decision_seq", allocationSize = 50)
    private Long id;

    @Column(name = "support_plan_id")
    private Long supportPlanId;

    @Column(name = "plan_review_id")
    private Long planReviewId;

    @Column(name = "project_id")
    private Long projectId;

    @Column(name = "session_id")
    private Long sessionId;

    @Column(name = "ladder_id", nullable = false)
    private Long ladderId;

    @Column(name = "current_version_no", nullable = false)
    private int currentVersionNo;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "decision", cascade = CascadeType.PERSIST)
    @OrderBy("number")
    private List<DecisionVersion> versions = new ArrayList<>();

    @Version
    private long version;

    protected Decision() {
        // for JPA
    }

    Decision(DecisionOwner owner, long ladderId, DecisionContent content, String by, Instant at) {
        switch (owner.type()) {
            case SUPPORT_PLAN -> this.supportPlanId = owner.id();
            case PLAN_REVIEW -> this.planReviewId = owner.id();
            case PROJECT -> this.projectId = owner.id();
            case SESSION -> this.sessionId = owner.id();
            default -> throw new IllegalArgumentException("Unknown owner " + owner.type());
        }
        this.ladderId = ladderId;
        this.createdBy = Objects.requireNonNull(by);
        this.createdAt = Objects.requireNonNull(at);
        this.currentVersionNo = 1;
        this.versions.add(new DecisionVersion(this, 1, content, by, at, null));
    }

    public DecisionOwner owner() {
        if (supportPlanId != null) {
            return new DecisionOwner(OwnerType.SUPPORT_PLAN, supportPlanId);
        }
        if (planReviewId != null) {
            return new DecisionOwner(OwnerType.PLAN_REVIEW, planReviewId);
        }
        if (projectId != null) {
            return new DecisionOwner(OwnerType.PROJECT, projectId);
        }
        return new DecisionOwner(OwnerType.SESSION, sessionId);
    }

    public DecisionVersion current() {
        return versions.stream().filter(v -> v.number() == currentVersionNo).findFirst()
                .orElseThrow(() -> new IllegalStateException("Decision " + id + " has no current version"));
    }

    public boolean fedBack() {
        return current().fedBackOn() != null;
    }

    /**
     * Changes the decision. Before it is fed back, the current version is corrected; after, a
     * new version is added, and a reason is required.
     *
     * @return whether a new version was made
     */
    boolean revise(DecisionContent content, String by, Instant at, String reason) {
        if (!fedBack()) {
            current().correct(content, by, at, reason);
            return false;
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A reason is required to change a decision that has been fed back");
        }
        currentVersionNo++;
        versions.add(new DecisionVersion(this, currentVersionNo, content, by, at, reason));
        return true;
    }

    /** Records that the current version was fed back to the people it affects. */
    void feedBack(LocalDate on) {
        DecisionVersion current = current();
        if (current.fedBackOn() != null) {
            throw new IllegalStateException("This version was already fed back");
        }
        if (on.isBefore(current.decidedOn())) {
            throw new IllegalArgumentException("It cannot be fed back before it was decided");
        }
        current.feedBack(on);
    }

    public Long id() {
        return id;
    }

    public long ladderId() {
        return ladderId;
    }

    public int currentVersionNo() {
        return currentVersionNo;
    }

    public List<DecisionVersion> versions() {
        return Collections.unmodifiableList(versions);
    }

    public long lockVersion() {
        return version;
    }

    public String createdBy() {
        return createdBy;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Decision other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
