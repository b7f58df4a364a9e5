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
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import org.coplan.shared.BusinessException;
import org.coplan.shared.ServiceArea;

/**
 * A result of a project that people can use: what it is, who can use it, how to get it, whom
 * to contact and where. Practitioners choose it as an action in a plan. An offer that has
 * ended stays, so the plans that used it still show where it came from.
 */
@Entity
@Table(name = "community_offer")
public class CommunityOffer {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "community_offer_seq")
    @SequenceGenerator(name = "community_offer_seq", sequenceName = "community_offer_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id", nullable = false)
    private CoDesignProject project;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "result_id", nullable = false)
    private ProjectResult result;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "who_can_use", nullable = false, length = 1000)
    private String whoCanUse;

    @Column(name = "how_to_get", nullable = false, length = 1000)
    private String howToGet;

    @Column(nullable = false, length = 300)
    private String contact;

    @Column(nullable = false, length = 200)
    private String locality;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_area", nullable = false, length = 40)
    private ServiceArea serviceArea;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Version
    private long version;

    protected CommunityOffer() {
        // for JPA
    }

    CommunityOffer(ProjectResult result, OfferDraft draft) {
        this.result = Objects.requireNonNull(result);
        this.project = result.project();
        this.name = draft.name().strip();
        this.whoCanUse = draft.whoCanUse().strip();
        this.howToGet = draft.howToGet().strip();
        this.contact = draft.contact().strip();
        this.locality = draft.locality().strip();
        this.serviceArea = result.project().serviceArea();
    }

    /** The offer stops being offered; plans that chose it keep showing it, marked as ended. */
    void end(LocalDate on) {
        if (endedOn != null) {
            throw new BusinessException("This offer has already ended.");
        }
        this.endedOn = Objects.requireNonNull(on);
    }

    public boolean open() {
        return endedOn == null;
    }

    public Long id() {
        return id;
    }

    public CoDesignProject project() {
        return project;
    }

    public ProjectResult result() {
        return result;
    }

    public String name() {
        return name;
    }

    public String whoCanUse() {
        return whoCanUse;
    }

    public String howToGet() {
        return howToGet;
    }

    public String contact() {
        return contact;
    }

    public String locality() {
        return locality;
    }

    public ServiceArea serviceArea() {
        return serviceArea;
    }

    public LocalDate endedOn() {
        return endedOn;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof CommunityOffer other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
