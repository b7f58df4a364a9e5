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
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.coplan.shared.FieldProblem;

/** What changed because of a project: a service change, a new group, a stopped practice. */
@Entity
@Table(name = "project_result")
public class ProjectResult {

    static final int MAX_TEXT = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_result_seq")
    @SequenceGenerator(name = "project_result_seq", sequenceName = "project_result_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private CoDesignProject project;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ResultKind kind;

    @Column(name = "what_changed", nullable = false, length = MAX_TEXT)
    private String whatChanged;

    @Column(name = "changed_on", nullable = false)
    private LocalDate changedOn;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Version
    private long version;

    protected ProjectResult() {
        // for JPA
    }

    ProjectResult(CoDesignProject project, ResultKind kind, String whatChanged, LocalDate changedOn, String by, Instant at) {
        this.project = Objects.requireNonNull(project);
        this.kind = Objects.requireNonNull(kind);
        this.whatChanged = whatChanged.strip();
        this.changedOn = Objects.requireNonNull(changedOn);
        this.recordedBy = by;
        this.recordedAt = at;
    }

    /** What is wrong with a result as typed; a result cannot be dated in the future. */
    static List<FieldProblem> problems(ResultKind kind, String whatChanged, LocalDate changedOn, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new FieldProblem("kind", "Say what kind of change it is."));
        }
        if (whatChanged == null || whatChanged.isBlank()) {
            problems.add(new FieldProblem("whatChanged", "Say what changed because of the project."));
        } else if (whatChanged.length() > MAX_TEXT) {
            problems.add(new FieldProblem("whatChanged", "Keep what changed to " + MAX_TEXT + " characters."));
        }
        if (changedOn == null || changedOn.isAfter(today)) {
            problems.add(new FieldProblem("changedOn", "Give the date it changed; it cannot be in the future."));
        }
        return problems;
    }

    public Long id() {
        return id;
    }

    public CoDesignProject project() {
        return project;
    }

    public ResultKind kind() {
        return kind;
    }

    public String whatChanged() {
        return whatChanged;
    }

    public LocalDate changedOn() {
        return changedOn;
    }

    public String recordedBy() {
        return recordedBy;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ProjectResult other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
