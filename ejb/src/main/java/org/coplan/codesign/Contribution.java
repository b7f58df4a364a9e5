package org.coplan.codesign;

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
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.OptionalLong;
import org.coplan.shared.BusinessException;

/**
 * Time a member gave to a project and, for an unpaid contributor, what they are paid for it
 * (seed 004 pays people who use services and carers as staff are paid): the rate, the amount,
 * when it was claimed and when it was paid.
 */
@Entity
@Table(name = "contribution")
public class Contribution {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contribution_seq")
    @SequenceGenerator(name = "contribution_seq", sequenceName = "contribution_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private CoDesignProject project;

    @Column(name = "member_user_id", nullable = false)
    private long memberUserId;

    @Column(name = "worked_on", nullable = false)
    private LocalDate workedOn;

    @Column(nullable = false)
    private int minutes;

    @Column(name = "rate_pence")
    private Integer ratePence;

    @Column(name = "amount_pence")
    private Integer amountPence;

    @Column(name = "claimed_on")
    private LocalDate claimedOn;

    @Column(name = "paid_on")
    private LocalDate paidOn;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Version
    private long version;

    protected Contribution() {
        // for JPA
    }

    /**
     * Hours given. An unpaid contributor's hours are paid at the hourly rate, so the amount is
     * worked out here, to the penny, never typed.
     */
    Contribution(CoDesignProject project, long memberUserId, LocalDate workedOn, int minutes, Integer hourlyRatePence,
                 LocalDate claimedOn, String by) {
        if (minutes <= 0 || minutes > 24 * 60) {
            throw new BusinessException("minutes", "Give the time given, more than nothing and at most a day.");
        }
        if (hourlyRatePence != null && hourlyRatePence <= 0) {
            throw new BusinessException("rate", "The hourly rate must be more than nothing.");
        }
        if (claimedOn != null && claimedOn.isBefore(workedOn)) {
            throw new BusinessException("claimedOn", "A claim comes on or after the day the work was done.");
        }
        this.project = Objects.requireNonNull(project);
        this.memberUserId = memberUserId;
        this.workedOn = Objects.requireNonNull(workedOn);
        this.minutes = minutes;
        this.ratePence = hourlyRatePence;
        this.amountPence = hourlyRatePence == null ? null : amountFor(minutes, hourlyRatePence);
        this.claimedOn = claimedOn;
        this.recordedBy = by;
    }

    /** The pay for some minutes at an hourly rate, rounded half up to the penny. */
    static int amountFor(int minutes, int hourlyRatePence) {
        return (int) ((minutes * (long) hourlyRatePence + 30) / 60);
    }

    void paid(LocalDate on) {
        if (amountPence == null) {
            throw new BusinessException("paidOn", "These hours are not paid: the member is not an unpaid contributor.");
        }
        if (claimedOn == null) {
            throw new BusinessException("paidOn", "Record the claim before the payment.");
        }
        if (on == null || on.isBefore(claimedOn)) {
            throw new BusinessException("paidOn", "A payment is made on or after the day it was claimed.");
        }
        if (paidOn != null) {
            throw new BusinessException("paidOn", "This claim was already paid.");
        }
        this.paidOn = on;
    }

    /** Days from the claim to the payment, once paid. */
    public OptionalLong daysToPay() {
        return claimedOn == null || paidOn == null ? OptionalLong.empty()
                : OptionalLong.of(ChronoUnit.DAYS.between(claimedOn, paidOn));
    }

    public boolean paidFor() {
        return amountPence != null;
    }

    public Long id() {
        return id;
    }

    public CoDesignProject project() {
        return project;
    }

    public long memberUserId() {
        return memberUserId;
    }

    public LocalDate workedOn() {
        return workedOn;
    }

    public int minutes() {
        return minutes;
    }

    public Integer ratePence() {
        return ratePence;
    }

    public Integer amountPence() {
        return amountPence;
    }

    public LocalDate claimedOn() {
        return claimedOn;
    }

    public LocalDate paidOn() {
        return paidOn;
    }
}
