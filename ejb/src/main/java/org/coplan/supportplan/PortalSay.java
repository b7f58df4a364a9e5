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
import java.util.Objects;
import org.coplan.shared.BusinessException;
import org.coplan.supportplan.sections.SectionKey;

/**
 * Something a family user said about a plan through the portal: their own words for About me,
 * which wait for a practitioner to accept them into the plan or say why not; or agreement or
 * disagreement with a section, which is noted as it was said.
 */
@Entity
@Table(name = "portal_say")
public class PortalSay {

    /** What was said: own words for About me, or agreement or disagreement with a section. */
    public enum Kind { OWN_WORDS, AGREE, DISAGREE }

    /** Own words wait, then are accepted or not; agreement and disagreement are noted. */
    public enum Status { NOTED, WAITING, ACCEPTED, NOT_ACCEPTED }

    static final int MAX_WORDS = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "portal_say_seq")
    @SequenceGenerator(name = "portal_say_seq", sequenceName = "portal_say_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id", nullable = false)
    private SupportPlan plan;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "user_name", nullable = false, length = 200)
    private String userName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Kind kind;

    @Column(name = "section_key", nullable = false, length = 20)
    private String sectionKey;

    @Column(length = MAX_WORDS)
    private String words;

    @Column(name = "said_at", nullable = false)
    private Instant saidAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = 1000)
    private String decisionNote;

    @Version
    private long version;

    protected PortalSay() {
        // for JPA
    }

    PortalSay(SupportPlan plan, long userId, String userName, Kind kind, SectionKey section, String words, Instant at) {
        if (kind == null || section == null) {
            throw new BusinessException("kind", "Say what you want to do: add your own words, agree or disagree.");
        }
        if (kind == Kind.OWN_WORDS && section != SectionKey.ABOUT_ME) {
            throw new BusinessException("section", "Your own words go in About me.");
        }
        String text = words == null ? "" : words.strip();
        if (kind != Kind.AGREE && text.isEmpty()) {
            throw new BusinessException("words", kind == Kind.OWN_WORDS ? "Write your own words first." : "Say what you disagree with.");
        }
        if (text.length() > MAX_WORDS) {
            throw new BusinessException("words", "Keep it to " + MAX_WORDS + " characters.");
        }
        this.plan = Objects.requireNonNull(plan);
        this.userId = userId;
        this.userName = userName;
        this.kind = kind;
        this.sectionKey = section.path();
        this.words = text.isEmpty() ? null : text;
        this.saidAt = at;
        this.status = kind == Kind.OWN_WORDS ? Status.WAITING : Status.NOTED;
    }

    /** A practitioner accepts the own words into the plan, or says why not. Decided once. */
    void decide(boolean accepted, String by, String note, Instant at) {
        if (status != Status.WAITING) {
            throw new BusinessException("This has already been dealt with.");
        }
        if (!accepted && (note == null || note.isBlank())) {
            throw new BusinessException("note", "Say why the words are not added, so the family knows.");
        }
        if (note != null && note.length() > 1000) {
            throw new BusinessException("note", "Keep the note to 1000 characters.");
        }
        this.status = accepted ? Status.ACCEPTED : Status.NOT_ACCEPTED;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionNote = note == null || note.isBlank() ? null : note.strip();
    }

    public Long id() {
        return id;
    }

    public SupportPlan plan() {
        return plan;
    }

    public long userId() {
        return userId;
    }

    public String userName() {
        return userName;
    }

    public Kind kind() {
        return kind;
    }

    public SectionKey section() {
        return SectionKey.fromPath(sectionKey).orElseThrow();
    }

    public String words() {
        return words;
    }

    public Instant saidAt() {
        return saidAt;
    }

    public Status status() {
        return status;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }

    public String decisionNote() {
        return decisionNote;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof PortalSay other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
