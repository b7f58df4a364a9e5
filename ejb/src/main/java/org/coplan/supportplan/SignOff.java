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

/** A sign-off of one version, for the revision it was given on: who, when and how. */
@Entity
@Table(name = "plan_sign_off")
public class SignOff {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_sign_off_seq")
    @SequenceGenerator(name = "plan_sign_off_seq", sequenceName = "plan_sign_off_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_version_id", nullable = false)
    private PlanVersion version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Signer signer;

    @Column(name = "signer_name", nullable = false)
    private String signerName;

    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "how_given", nullable = false, length = 20)
    private HowGiven howGiven;

    @Column(name = "at_revision", nullable = false)
    private long atRevision;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected SignOff() {
        // for JPA
    }

    SignOff(PlanVersion version, SignOffDraft draft, String recordedBy, Instant recordedAt) {
        this.version = Objects.requireNonNull(version);
        this.signer = draft.signer();
        this.signerName = draft.name().strip();
        this.signedOn = draft.signedOn();
        this.howGiven = draft.how();
        this.atRevision = version.revision();
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long id() {
        return id;
    }

    public Signer signer() {
        return signer;
    }

    public String signerName() {
        return signerName;
    }

    public LocalDate signedOn() {
        return signedOn;
    }

    public HowGiven howGiven() {
        return howGiven;
    }

    public long atRevision() {
        return atRevision;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public PlanVersion version() {
        return version;
    }
}
