package org.coplan.codesign;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.coplan.participation.Ladder;
import org.coplan.participation.Rung;
import org.coplan.shared.ServiceArea;

/** A co-design project: people who use services, carers and staff designing a change together. */
@Entity
@Table(name = "codesign_project")
public class CoDesignProject {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "codesign_project_seq")
    @SequenceGenerator(name = "codesign_project_seq", sequenceName = "codesign_project_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    /** What is being co-produced ("know what it is you are co-producing"). */
    @Column(nullable = false, length = 2000)
    private String aim;

    @Column(nullable = false, length = 200)
    private String locality;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_area", nullable = false, length = 40)
    private ServiceArea serviceArea;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ladder_id", nullable = false)
    private Ladder ladder;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "target_rung_id", nullable = false)
    private Rung targetRung;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ProjectStage stage;

    @ElementCollection
    @CollectionTable(name = "project_member", joinColumns = @JoinColumn(name = "project_id"))
    private Set<ProjectMember> members = new HashSet<>();

    @Column(name = "closing_report", length = 8000)
    private String closingReport;

    @Column(name = "closed_on")
    private java.time.LocalDate closedOn;

    @Column(name = "power_map", length = 20000)
    private String powerMap;

    @Column(name = "power_map_revision", nullable = false)
    private int powerMapRevision;

    @Version
    private long version;

    protected CoDesignProject() {
        // for JPA
    }

    public CoDesignProject(String name, String aim, String locality, ServiceArea serviceArea, Ladder ladder, Rung targetRung) {
        if (name == null || name.isBlank() || aim == null || aim.isBlank()) {
            throw new IllegalArgumentException("A project needs a name and an aim");
        }
        if (!ladder.rungs().contains(targetRung)) {
            throw new IllegalArgumentException("The target rung must be a rung of the project's ladder");
        }
        this.name = name.trim();
        this.aim = aim.trim();
        this.locality = Objects.requireNonNull(locality);
        this.serviceArea = Objects.requireNonNull(serviceArea);
        this.ladder = ladder;
        this.targetRung = targetRung;
        this.stage = ProjectStage.SCOPING;
    }

    public void addMember(ProjectMember member) {
        members.remove(member);
        members.add(member);
    }

    /** Takes a member out of the project; a project always keeps at least one facilitator. */
    void removeMember(long userId) {
        ProjectMember leaving = member(userId).orElseThrow(() -> new org.coplan.shared.BusinessException("member",
                "That person is not a member of the project."));
        if (leaving.role() == ProjectRole.FACILITATOR
                && members.stream().filter(m -> m.role() == ProjectRole.FACILITATOR).count() == 1) {
            throw new org.coplan.shared.BusinessException("member",
                    "A project needs a facilitator: add another facilitator before this one leaves.");
        }
        members.remove(leaving);
    }

    public void moveTo(ProjectStage next) {
        if (next.ordinal() < stage.ordinal()) {
            throw new IllegalArgumentException("A project moves forward through its stages, not back");
        }
        this.stage = next;
    }

    /**
     * Moves the project on to its next stage. It moves forward only, one stage or more; it
     * closes only with a closing report, and once closed it stays closed.
     */
    public void advance(ProjectStage next, String report, java.time.LocalDate on) {
        if (next == null || next.ordinal() <= stage.ordinal()) {
            throw new org.coplan.shared.BusinessException("stage", "A project moves forward through its stages: choose a later one.");
        }
        if (next == ProjectStage.CLOSED) {
            if (report == null || report.isBlank()) {
                throw new org.coplan.shared.BusinessException("report",
                        "Write the closing report: what the project did and what changed because of it.");
            }
            if (report.length() > 8000) {
                throw new org.coplan.shared.BusinessException("report", "The closing report is too long: at most 8000 characters.");
            }
            this.closingReport = report.strip();
            this.closedOn = on;
        }
        this.stage = next;
    }

    public PowerMap powerMap() {
        return PowerMap.read(powerMap);
    }

    /** Replaces the power map, made against the revision of the map the facilitator read. */
    void replacePowerMap(PowerMap map, int expectedRevision) {
        if (expectedRevision != powerMapRevision) {
            throw new org.coplan.shared.StaleEditException("another facilitator, a moment ago");
        }
        this.powerMap = PowerMap.write(map);
        this.powerMapRevision++;
    }

    public int powerMapRevision() {
        return powerMapRevision;
    }

    public String closingReport() {
        return closingReport;
    }

    public java.time.LocalDate closedOn() {
        return closedOn;
    }

    public Optional<ProjectMember> member(long userId) {
        return members.stream().filter(m -> m.userId() == userId).findFirst();
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String aim() {
        return aim;
    }

    public String locality() {
        return locality;
    }

    public ServiceArea serviceArea() {
        return serviceArea;
    }

    public Ladder ladder() {
        return ladder;
    }

    public Rung targetRung() {
        return targetRung;
    }

    public ProjectStage stage() {
        return stage;
    }

    public Set<ProjectMember> members() {
        return Collections.unmodifiableSet(members);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof CoDesignProject other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
