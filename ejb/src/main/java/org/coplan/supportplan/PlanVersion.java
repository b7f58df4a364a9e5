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
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.coplan.shared.BusinessException;
import org.coplan.shared.CouncilTime;
import org.coplan.shared.StaleEditException;

/**
 * One version of a plan. Only a draft can change; its revision goes up with every save, and a
 * save made against an older revision is refused with the name of whoever saved in between.
 */
@Entity
@Table(name = "plan_version")
public class PlanVersion {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'on' d MMMM yyyy");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_version_seq")
    @SequenceGenerator(name = "plan_version_seq", sequenceName = "plan_version_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private SupportPlan plan;

    @Column(name = "version_no", nullable = false)
    private int number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanStatus status;

    @Column(name = "based_on_no")
    private Integer basedOnNo;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_saved_by", nullable = false)
    private String lastSavedBy;

    @Column(name = "last_saved_at", nullable = false)
    private Instant lastSavedAt;

    @Column(name = "agreed_on")
    private LocalDate agreedOn;

    @Column(name = "agreed_at")
    private Instant agreedAt;

    @Column(name = "agreed_by")
    private String agreedBy;

    @Version
    private long revision;

    protected PlanVersion() {
        // for JPA
    }

    PlanVersion(SupportPlan plan, int number, Integer basedOnNo, String byName, Instant at) {
        this.plan = Objects.requireNonNull(plan);
        this.number = number;
        this.basedOnNo = basedOnNo;
        this.status = PlanStatus.DRAFT;
        this.createdBy = byName;
        this.createdAt = at;
        this.lastSavedBy = byName;
        this.lastSavedAt = at;
    }

    /** Refuses a change to anything but a draft, and a change made against an older revision. */
    void checkEditable(long expectedRevision) {
        if (status != PlanStatus.DRAFT) {
            throw new BusinessException("Version " + number + " is " + describeStatus()
                    + " and can no longer be changed. A review starts a new draft from it.");
        }
        checkRevision(expectedRevision);
    }

    void checkRevision(long expectedRevision) {
        if (expectedRevision != revision) {
            throw new StaleEditException(lastSavedBy + ", at " + WHEN.format(lastSavedAt.atZone(CouncilTime.ZONE)));
        }
    }

    void saved(String byName, Instant at) {
        this.lastSavedBy = byName;
        this.lastSavedAt = at;
    }

    void agree(LocalDate on, String by, Instant at) {
        this.status = PlanStatus.AGREED;
        this.agreedOn = on;
        this.agreedBy = by;
        this.agreedAt = at;
        this.lastSavedAt = at;
    }

    void underReview() {
        this.status = PlanStatus.UNDER_REVIEW;
    }

    void superseded() {
        this.status = PlanStatus.SUPERSEDED;
    }

    void close() {
        if (status != PlanStatus.SUPERSEDED) {
            this.status = PlanStatus.CLOSED;
        }
    }

    private String describeStatus() {
        return switch (status) {
            case AGREED -> "agreed";
            case UNDER_REVIEW -> "under review";
            case SUPERSEDED -> "superseded";
            case CLOSED -> "closed";
            case DRAFT -> "a draft";
        };
    }

    public Long id() {
        return id;
    }

    public SupportPlan plan() {
        return plan;
    }

    public int number() {
        return number;
    }

    public PlanStatus status() {
        return status;
    }

    public Integer basedOnNo() {
        return basedOnNo;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String lastSavedBy() {
        return lastSavedBy;
    }

    public Instant lastSavedAt() {
        return lastSavedAt;
    }

    public LocalDate agreedOn() {
        return agreedOn;
    }

    public String agreedBy() {
        return agreedBy;
    }

    public long revision() {
        return revision;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof PlanVersion other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
