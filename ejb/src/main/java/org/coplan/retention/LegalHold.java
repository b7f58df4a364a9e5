package org.coplan.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import org.coplan.shared.BusinessException;

/**
 * A legal hold on a person's case record (a claim, an inquiry, a complaint to the ombudsman):
 * while it stands, nothing of the record is deleted or anonymised. Lifting it keeps the hold,
 * with who lifted it, when and why.
 */
@Entity
@Table(name = "legal_hold")
public class LegalHold {

    static final int REASON_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "legal_hold_seq")
    @SequenceGenerator(name = "legal_hold_seq", sequenceName = "legal_hold_seq", allocationSize = 50)
    private Long id;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Column(nullable = false, length = REASON_MAX)
    private String reason;

    @Column(name = "placed_by", nullable = false, length = 100)
    private String placedBy;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Column(name = "lifted_by", length = 100)
    private String liftedBy;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    @Column(name = "lift_reason", length = REASON_MAX)
    private String liftReason;

    @Version
    private long version;

    protected LegalHold() {
        // for JPA
    }

    public LegalHold(long personId, String reason, String placedBy, Instant placedAt) {
        this.personId = personId;
        this.reason = reason(reason, "reason", "Say why the record is held.");
        this.placedBy = Objects.requireNonNull(placedBy);
        this.placedAt = Objects.requireNonNull(placedAt);
    }

    public void lift(String why, String by, Instant at) {
        if (liftedAt != null) {
            throw new BusinessException("This hold has already been lifted.");
        }
        this.liftReason = reason(why, "liftReason", "Say why the hold is lifted.");
        this.liftedBy = Objects.requireNonNull(by);
        this.liftedAt = Objects.requireNonNull(at);
    }

    private static String reason(String text, String field, String missing) {
        if (text == null || text.isBlank()) {
            throw new BusinessException(field, missing);
        }
        if (text.strip().length() > REASON_MAX) {
            throw new BusinessException(field, "The reason is too long: at most " + REASON_MAX + " characters.");
        }
        return text.strip();
    }

    public boolean stands() {
        return liftedAt == null;
    }

    public Long id() {
        return id;
    }

    public long personId() {
        return personId;
    }

    public String reason() {
        return reason;
    }

    public String placedBy() {
        return placedBy;
    }

    public Instant placedAt() {
        return placedAt;
    }

    public String liftedBy() {
        return liftedBy;
    }

    public Instant liftedAt() {
        return liftedAt;
    }

    public String liftReason() {
        return liftReason;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof LegalHold other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
