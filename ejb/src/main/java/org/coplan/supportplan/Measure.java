package org.coplan.supportplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One reading on a 1–10 journey scale against one of the plan's outcomes. */
@Entity
@Table(name = "plan_measure")
public class Measure {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_measure_seq")
    @SequenceGenerator(name = "plan_measure_seq", sequenceName = "plan_measure_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private SupportPlan plan;

    @Column(name = "outcome_key", nullable = false, length = 40)
    private String outcomeKey;

    @Column(name = "taken_on", nullable = false)
    private LocalDate takenOn;

    @Column(nullable = false)
    private int score;

    private String note;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected Measure() {
        // for JPA
    }

    Measure(SupportPlan plan, MeasureDraft draft, String by, Instant at) {
        this.plan = Objects.requireNonNull(plan);
        this.outcomeKey = draft.outcomeKey();
        this.takenOn = draft.takenOn();
        this.score = draft.score();
        this.note = draft.note() == null || draft.note().isBlank() ? null : draft.note().strip();
        this.recordedBy = by;
        this.recordedAt = at;
    }

    public Long id() {
        return id;
    }

    public String outcomeKey() {
        return outcomeKey;
    }

    public LocalDate takenOn() {
        return takenOn;
    }

    public int score() {
        return score;
    }

    public String note() {
        return note;
    }

    public String recordedBy() {
        return recordedBy;
    }
}
