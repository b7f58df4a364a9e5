package org.coplan.participationaudit;

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
import java.util.Objects;

/** A team's, or its lived-experience partners', score for one co-production principle in one quarter. */
@Entity
@Table(name = "principle_score")
public class PrincipleScore {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "principle_score_seq")
    @SequenceGenerator(name = "principle_score_seq", sequenceName = "principle_score_seq", allocationSize = 50)
    private Long id;

    @Column(name = "team_id", nullable = false)
    private long teamId;

    @Column(name = "quarter_start", nullable = false)
    private LocalDate quarterStart;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private Principle principle;

    @Enumerated(EnumType.STRING)
    @Column(name = "scored_by", nullable = false, length = 20)
    private ScoredBy scoredBy;

    @Column(nullable = false)
    private int score;

    @Column(name = "who_scored", nullable = false, length = 200)
    private String whoScored;

    @Column(length = 2000)
    private String note;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected PrincipleScore() {
        // for JPA
    }

    PrincipleScore(long teamId, LocalDate quarterStart, PrincipleScoreDraft draft, String recordedBy, Instant at) {
        this.teamId = teamId;
        this.quarterStart = Objects.requireNonNull(quarterStart);
        this.principle = Objects.requireNonNull(draft.principle());
        this.scoredBy = Objects.requireNonNull(draft.scoredBy());
        rescore(draft, recordedBy, at);
    }

    /** A new score for the same principle, quarter and scorer: it replaces the old one. */
    void rescore(PrincipleScoreDraft draft, String by, Instant at) {
        this.score = draft.score();
        this.whoScored = draft.whoScored().trim();
        this.note = draft.note() == null || draft.note().isBlank() ? null : draft.note().trim();
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Long id() {
        return id;
    }

    public long teamId() {
        return teamId;
    }

    public LocalDate quarterStart() {
        return quarterStart;
    }

    public Principle principle() {
        return principle;
    }

    public ScoredBy scoredBy() {
        return scoredBy;
    }

    public int score() {
        return score;
    }

    public String whoScored() {
        return whoScored;
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
}
