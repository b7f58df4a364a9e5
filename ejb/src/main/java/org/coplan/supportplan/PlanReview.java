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
import java.util.Objects;

/** A review of a plan: who came, who chaired, what is and is not working, in whose words. */
@Entity
@Table(name = "plan_review")
public class PlanReview {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_review_seq")
    @SequenceGenerator(name = "plan_review_seq", sequenceName = "plan_review_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private SupportPlan plan;

    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;

    @Column(nullable = false)
    private String attendees;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Chaired chaired;

    @Column(nullable = false)
    private String working;

    @Column(name = "not_working", nullable = false)
    private String notWorking;

    @Column(name = "own_words", nullable = false)
    private String ownWords;

    @Column(nullable = false)
    private String disagreements;

    @Column(name = "next_review_due", nullable = false)
    private LocalDate nextReviewDue;

    @Column(name = "reviewed_version_no", nullable = false)
    private int reviewedVersionNo;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected PlanReview() {
        // for JPA
    }

    PlanReview(SupportPlan plan, ReviewDraft draft, LocalDate nextReviewDue, int reviewedVersionNo, String by, Instant at) {
        this.plan = Objects.requireNonNull(plan);
        this.heldOn = draft.heldOn();
        this.attendees = text(draft.attendees());
        this.chaired = draft.chaired();
        this.working = text(draft.working());
        this.notWorking = text(draft.notWorking());
        this.ownWords = text(draft.ownWords());
        this.disagreements = text(draft.disagreements());
        this.nextReviewDue = nextReviewDue;
        this.reviewedVersionNo = reviewedVersionNo;
        this.recordedBy = by;
        this.recordedAt = at;
    }

    private static String text(String s) {
        return s == null ? "" : s.strip();
    }

    public Long id() {
        return id;
    }

    public SupportPlan plan() {
        return plan;
    }

    public LocalDate heldOn() {
        return heldOn;
    }

    public String attendees() {
        return attendees;
    }

    public Chaired chaired() {
        return chaired;
    }

    public String working() {
        return working;
    }

    public String notWorking() {
        return notWorking;
    }

    public String ownWords() {
        return ownWords;
    }

    public String disagreements() {
        return disagreements;
    }

    public LocalDate nextReviewDue() {
        return nextReviewDue;
    }

    public int reviewedVersionNo() {
        return reviewedVersionNo;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
