package org.coplan.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/** What one run found or did for one person. Names no one: the person's id and case reference only. */
@Entity
@Table(name = "retention_run_item")
public class RetentionRunItem {

    static final int PROBLEM_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "retention_run_item_seq")
    @SequenceGenerator(name = "retention_run_item_seq", sequenceName = "retention_run_item_seq", allocationSize = 50)
    private Long id;

    @Column(name = "run_id", nullable = false)
    private long runId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(nullable = false, length = 40)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "record_type", nullable = false, length = 30)
    private RecordType recordType;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(nullable = false, length = 300)
    private String why;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RetentionAction action;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ItemOutcome outcome;

    @Column(name = "rows_changed", nullable = false)
    private int rowsChanged;

    @Column(length = PROBLEM_MAX)
    private String problem;

    @Column(name = "done_at", nullable = false)
    private Instant doneAt;

    protected RetentionRunItem() {
        // for JPA
    }

    public RetentionRunItem(long runId, Due due, ItemOutcome outcome, int rowsChanged, String problem, Instant doneAt) {
        this.runId = runId;
        this.personId = due.personId();
        this.reference = due.reference();
        this.recordType = due.recordType();
        this.dueOn = due.dueOn();
        this.why = due.why().length() > 300 ? due.why().substring(0, 300) : due.why();
        this.action = due.action();
        this.outcome = Objects.requireNonNull(outcome);
        this.rowsChanged = rowsChanged;
        this.problem = problem == null || problem.length() <= PROBLEM_MAX ? problem : problem.substring(0, PROBLEM_MAX);
        this.doneAt = Objects.requireNonNull(doneAt);
    }

    public ItemView view() {
        return new ItemView(personId, reference, recordType.name(), dueOn, why, action.name(), outcome.name(), rowsChanged, problem,
                doneAt);
    }
}
