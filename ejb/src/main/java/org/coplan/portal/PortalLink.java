package org.coplan.portal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.coplan.shared.BusinessException;
import org.coplan.supportplan.sections.SectionKey;

/**
 * A family user's link to a person: which sections of the person's plan they may see, on whose
 * wishes. Ending it takes effect with that statement; the row stays as the record of who could
 * see what, and when.
 */
@Entity
@Table(name = "portal_link")
public class PortalLink {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_link_seq")
    @SequenceGenerator(name = "portal_link_seq", sequenceName = "portal_link_seq", allocationSize = 50)
    private Long id;

    @Column(name = "family_user_id", nullable = false)
    private long familyUserId;

    @Column(name = "person_id", nullable = false)
    private long personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private PortalRelationship relationship;

    /** The section paths, comma-separated. */
    @Column(nullable = false, length = 400)
    private String sections;

    @Column(name = "person_wishes", nullable = false, length = 2000)
    private String personWishes;

    @Column(name = "child_view", length = 2000)
    private String childView;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by")
    private String endedBy;

    @Column(name = "end_reason", length = 1000)
    private String endReason;

    @Version
    private long version;

    protected PortalLink() {
        // for JPA
    }

    PortalLink(long familyUserId, long personId, PortalLinkDraft draft, String by, Instant at) {
        this.familyUserId = familyUserId;
        this.personId = personId;
        this.relationship = Objects.requireNonNull(draft.relationship());
        this.sections = write(draft.sections());
        this.personWishes = draft.personWishes().strip();
        this.childView = draft.childView() == null || draft.childView().isBlank() ? null : draft.childView().strip();
        this.createdBy = by;
        this.createdAt = at;
    }

    static String write(Set<SectionKey> keys) {
        return keys.stream().sorted().map(SectionKey::path).collect(Collectors.joining(","));
    }

    static Set<SectionKey> read(String paths) {
        Set<SectionKey> keys = EnumSet.noneOf(SectionKey.class);
        Arrays.stream(paths.split(",")).map(String::strip).filter(p -> !p.isEmpty())
                .forEach(p -> SectionKey.fromPath(p).ifPresent(keys::add));
        return keys;
    }

    /** Ends the link at once; the family user sees nothing of the plan from this moment. */
    void end(String by, String reason, Instant at) {
        if (endedAt != null) {
            throw new BusinessException("This link has already ended.");
        }
        if (reason != null && reason.length() > 1000) {
            throw new BusinessException("reason", "Keep the reason to 1000 characters.");
        }
        this.endedAt = at;
        this.endedBy = by;
        this.endReason = reason == null || reason.isBlank() ? null : reason.strip();
    }

    public boolean active() {
        return endedAt == null;
    }

    public Long id() {
        return id;
    }

    public long familyUserId() {
        return familyUserId;
    }

    public long personId() {
        return personId;
    }

    public PortalRelationship relationship() {
        return relationship;
    }

    public Set<SectionKey> sections() {
        return read(sections);
    }

    public String personWishes() {
        return personWishes;
    }

    public String childView() {
        return childView;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant endedAt() {
        return endedAt;
    }

    public String endedBy() {
        return endedBy;
    }

    public String endReason() {
        return endReason;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof PortalLink other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
