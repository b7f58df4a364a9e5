package org.coplan.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** One run of the retention job, real or dry, with who or what started it and what it counted. */
@Entity
@Table(name = "retention_run")
public class RetentionRun {

    /** Whom a run covers: everyone due, or only the people an administrator chose. */
    public enum Scope { EVERYONE, CHOSEN }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "retention_run_seq")
    @SequenceGenerator(name = "retention_run_seq", sequenceName = "retention_run_seq", allocationSize = 50)
    private Long id;

    @Column(name = "dry_run", nullable = false)
    private boolean dryRun;

    @Column(name = "started_by", nullable = false, length = 100)
    private String startedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "as_of", nullable = false)
    private LocalDate asOf;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Scope scope;

    @Column(name = "people_due", nullable = false)
    private int peopleDue;

    @Column(nullable = false)
    private int held;

    @Column(nullable = false)
    private int deleted;

    @Column(nullable = false)
    private int anonymised;

    @Column(nullable = false)
    private int failed;

    protected RetentionRun() {
        // for JPA
    }

    public RetentionRun(boolean dryRun, String startedBy, Instant startedAt, LocalDate asOf, Scope scope) {
        this.dryRun = dryRun;
        this.startedBy = Objects.requireNonNull(startedBy);
        this.startedAt = Objects.requireNonNull(startedAt);
        this.asOf = Objects.requireNonNull(asOf);
        this.scope = Objects.requireNonNull(scope);
    }

    public void finish(int due, int heldCount, int deletedCount, int anonymisedCount, int failedCount, Instant at) {
        this.peopleDue = due;
        this.held = heldCount;
        this.deleted = deletedCount;
        this.anonymised = anonymisedCount;
        this.failed = failedCount;
        this.finishedAt = at;
    }

    public RunSummary summary() {
        return new RunSummary(id, dryRun, startedBy, startedAt, finishedAt, asOf, scope.name(), peopleDue, held, deleted, anonymised,
                failed);
    }

    public Long id() {
        return id;
    }
}
