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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.coplan.shared.BusinessException;

/**
 * Consent for one purpose. Withdrawing it stamps the row and takes effect with that statement;
 * the row stays, so the history of what was agreed and when is kept.
 */
@Entity
@Table(name = "plan_consent")
public class Consent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_consent_seq")
    @SequenceGenerator(name = "plan_consent_seq", sequenceName = "plan_consent_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private SupportPlan plan;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConsentPurpose purpose;

    private String agency;

    @Column(name = "given_by", nullable = false)
    private String givenBy;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "how_given", nullable = false, length = 20)
    private HowGiven howGiven;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Column(name = "withdrawal_note")
    private String withdrawalNote;

    protected Consent() {
        // for JPA
    }

    Consent(SupportPlan plan, ConsentDraft draft, String by, Instant at) {
        this.plan = Objects.requireNonNull(plan);
        this.purpose = draft.purpose();
        this.agency = draft.purpose() == ConsentPurpose.AGENCY ? draft.agency().strip() : null;
        this.givenBy = draft.givenBy().strip();
        this.givenOn = draft.givenOn();
        this.howGiven = draft.how();
        this.recordedBy = by;
        this.recordedAt = at;
    }

    void withdraw(String by, String note, Instant at) {
        if (withdrawnAt != null) {
            throw new BusinessException("This consent was already withdrawn.");
        }
        this.withdrawnAt = at;
        this.withdrawnBy = by;
        this.withdrawalNote = note == null || note.isBlank() ? null : note.strip();
    }

    public boolean active() {
        return withdrawnAt == null;
    }

    public Long id() {
        return id;
    }

    public SupportPlan plan() {
        return plan;
    }

    public ConsentPurpose purpose() {
        return purpose;
    }

    public String agency() {
        return agency;
    }

    public String givenBy() {
        return givenBy;
    }

    public LocalDate givenOn() {
        return givenOn;
    }

    public HowGiven howGiven() {
        return howGiven;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public String withdrawnBy() {
        return withdrawnBy;
    }

    public String withdrawalNote() {
        return withdrawalNote;
    }
}
