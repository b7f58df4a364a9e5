package org.coplan.supportplan;

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
import java.time.Instant;
import java.util.Objects;
import org.coplan.supportplan.sections.PlanSection;
import org.coplan.supportplan.sections.SectionJson;
import org.coplan.supportplan.sections.SectionKey;

/** One section of one version as stored: its JSON, and who last changed it and when. */
@Entity
@Table(name = "plan_section")
public class SectionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_section_seq")
    @SequenceGenerator(name = "plan_section_seq", sequenceName = "plan_section_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_version_id", nullable = false)
    private PlanVersion version;

    @Column(name = "section_key", nullable = false, length = 30)
    private String sectionKey;

    @Column(nullable = false, length = 100000)
    private String body;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    /** For About me: whose words it holds, readable by a GROUP BY without parsing the JSON. */
    @Column(name = "written_by", length = 30)
    private String writtenBy;

    /** For strengths and the circle of support: how many items, countable without parsing the JSON. */
    @Column(name = "item_count")
    private Integer itemCount;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected SectionRecord() {
        // for JPA
    }

    SectionRecord(PlanVersion version, PlanSection section, String byName, Instant at) {
        this.version = Objects.requireNonNull(version);
        this.sectionKey = section.key().path();
        this.body = SectionJson.write(section);
        this.writtenBy = writtenBy(section);
        this.itemCount = itemCount(section);
        this.changedBy = byName;
        this.changedAt = at;
    }

    private static Integer itemCount(PlanSection section) {
        if (section instanceof org.coplan.supportplan.sections.Strengths strengths) {
            return strengths.items().size();
        }
        if (section instanceof org.coplan.supportplan.sections.Circle circle) {
            return circle.items().size();
        }
        return null;
    }

    private static String writtenBy(PlanSection section) {
        return section instanceof org.coplan.supportplan.sections.AboutMe about && about.writtenBy() != null
                ? about.writtenBy().name() : null;
    }

    /** The same section, unchanged, in a new draft: it keeps who wrote it and when. */
    SectionRecord copyInto(PlanVersion draft) {
        SectionRecord copy = new SectionRecord();
        copy.version = draft;
        copy.sectionKey = sectionKey;
        copy.body = body;
        copy.writtenBy = writtenBy;
        copy.itemCount = itemCount;
        copy.changedBy = changedBy;
        copy.changedAt = changedAt;
        return copy;
    }

    void replace(PlanSection section, String byName, Instant at) {
        this.body = SectionJson.write(section);
        this.writtenBy = writtenBy(section);
        this.itemCount = itemCount(section);
        this.changedBy = byName;
        this.changedAt = at;
    }

    public SectionKey key() {
        return SectionKey.fromPath(sectionKey).orElseThrow();
    }

    public PlanSection section() {
        return SectionJson.read(key(), body);
    }

    public String body() {
        return body;
    }

    public String changedBy() {
        return changedBy;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public PlanVersion version() {
        return version;
    }
}
