package org.coplan.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.coplan.shared.BusinessException;

/** How long one kind of case record is kept, and what is done with it then. One per {@link RecordType}. */
@Entity
@Table(name = "retention_rule")
public class RetentionRule {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "record_type", length = 30)
    private RecordType recordType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Basis basis;

    @Column(nullable = false)
    private int years;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RetentionAction action;

    @Column(name = "changed_by", nullable = false, length = 100)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected RetentionRule() {
        // for JPA
    }

    /** Changes the rule; the years must be within {@link RuleTerms#MIN_YEARS} and {@link RuleTerms#MAX_YEARS}. */
    public void change(Basis newBasis, int newYears, RetentionAction newAction, String by, Instant at) {
        if (newBasis == null) {
            throw new BusinessException("basis", "Choose what the years count from.");
        }
        if (newYears < RuleTerms.MIN_YEARS || newYears > RuleTerms.MAX_YEARS) {
            throw new BusinessException("years", "Give a number of years from " + RuleTerms.MIN_YEARS + " to " + RuleTerms.MAX_YEARS + ".");
        }
        if (newAction == null) {
            throw new BusinessException("action", "Choose whether the record is deleted or anonymised.");
        }
        this.basis = newBasis;
        this.years = newYears;
        this.action = newAction;
        this.changedBy = Objects.requireNonNull(by);
        this.changedAt = Objects.requireNonNull(at);
    }

    public RuleTerms terms() {
        return new RuleTerms(recordType, basis, years, action);
    }

    public RecordType recordType() {
        return recordType;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof RetentionRule other && recordType != null && recordType == other.recordType;
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(recordType);
    }
}
