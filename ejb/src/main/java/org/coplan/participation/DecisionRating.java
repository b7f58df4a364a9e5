package org.coplan.participation;

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
import java.time.Instant;
import java.util.Objects;

/**
 * The lived-experience view of a decision: the rung the person, a family member or a partner
 * says it sat on, with their comment. Kept beside the rung staff recorded, never replacing it.
 */
@Entity
@Table(name = "decision_rating")
public class DecisionRating {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "decision_rating_seq")
    @SequenceGenerator(name = "decision_rating_seq", sequenceName = "decision_rating_seq", allocationSize = 50)
    private Long id;

    @Column(name = "decision_id", nullable = false)
    private Long decisionId;

    @Column(name = "version_no", nullable = false)
    private int versionNo;

    @Enumerated(EnumType.STRING)
    @Column(name = "rater_standing", nullable = false, length = 30)
    private RaterStanding standing;

    @Column(name = "rater_name", nullable = false, length = 200)
    private String raterName;

    /** The rater's own account when they rated themselves; empty when staff recorded what they said. */
    @Column(name = "rater_user_id")
    private Long raterUserId;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rung_id", nullable = false)
    private Rung rung;

    @Column(name = "comment_text", length = 2000)
    private String comment;

    @Column(name = "rated_at", nullable = false)
    private Instant ratedAt;

    protected DecisionRating() {
        // for JPA
    }

    DecisionRating(Decision decision, RaterStanding standing, String raterName, Long raterUserId, String recordedBy,
                   Rung rung, String comment, Instant ratedAt) {
        this.decisionId = decision.id();
        this.versionNo = decision.currentVersionNo();
        this.standing = Objects.requireNonNull(standing);
        this.raterName = Objects.requireNonNull(raterName).trim();
        this.raterUserId = raterUserId;
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.rung = Objects.requireNonNull(rung);
        this.comment = DecisionDraft.trimmed(comment);
        this.ratedAt = Objects.requireNonNull(ratedAt);
    }

    public Long id() {
        return id;
    }

    public int versionNo() {
        return versionNo;
    }

    public RaterStanding standing() {
        return standing;
    }

    public String raterName() {
        return raterName;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Rung rung() {
        return rung;
    }

    public String comment() {
        return comment;
    }

    public Instant ratedAt() {
        return ratedAt;
    }
}
