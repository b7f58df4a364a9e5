package org.coplan.participation;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * One version of a decision's content. Before a decision is fed back its current version may be
 * corrected in place; after, every change is a new version with a reason (see {@link Decision}).
 */
@Entity
@Table(name = "decision_version")
public class DecisionVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "decision_version_seq")
    @SequenceGenerator(name = "decision_version_seq", sequenceName = "decision_version_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decision_id", nullable = false)
    private Decision decision;

    @Column(name = "version_no", nullable = false)
    private int number;

    @Column(nullable = false, length = 2000)
    private String question;

    @ElementCollection
    @CollectionTable(name = "decision_option", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "ordinal")
    @Column(name = "text", nullable = false, length = 1000)
    private List<String> options = new ArrayList<>();

    @Column(nullable = false, length = 4000)
    private String outcome;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "name", column = @Column(name = "proposer_name", nullable = false, length = 200)),
            @AttributeOverride(name = "standing", column = @Column(name = "proposer_standing", nullable = false, length = 30))
    })
    private DecisionParty proposedBy;

    @ElementCollection
    @CollectionTable(name = "decision_participant", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "ordinal")
    private List<DecisionParty> participants = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "decision_decider", joinColumns = @JoinColumn(name = "version_id"))
    @OrderColumn(name = "ordinal")
    private List<DecisionParty> deciders = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_rule", nullable = false, length = 40)
    private DecisionRule rule;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rung_id", nullable = false)
    private Rung rung;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "suggested_rung_id", nullable = false)
    private Rung suggestedRung;

    @Column(name = "rung_reason", length = 2000)
    private String rungReason;

    @Column(name = "input_changed_outcome", nullable = false)
    private boolean inputChangedOutcome;

    @Column(name = "you_said", length = 4000)
    private String youSaid;

    @Column(name = "we_did", length = 4000)
    private String weDid;

    @Column(name = "decided_on", nullable = false)
    private LocalDate decidedOn;

    @Column(name = "fed_back_on")
    private LocalDate fedBackOn;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "change_reason", length = 2000)
    private String changeReason;

    protected DecisionVersion() {
        // for JPA
    }

    DecisionVersion(Decision decision, int number, DecisionContent content, String recordedBy, Instant recordedAt,
                    String changeReason) {
        this.decision = decision;
        this.number = number;
        this.changeReason = DecisionDraft.trimmed(changeReason);
        fill(content, recordedBy, recordedAt);
    }

    /** Corrects this version in place: only ever called while the decision has not been fed back. */
    void correct(DecisionContent content, String by, Instant at, String reason) {
        if (fedBackOn != null) {
            throw new IllegalStateException("A version that has been fed back is never changed in place");
        }
        fill(content, by, at);
        this.changeReason = DecisionDraft.trimmed(reason);
    }

    private void fill(DecisionContent c, String by, Instant at) {
        DecisionDraft d = c.draft();
        this.question = d.question().trim();
        this.options = new ArrayList<>(d.options());
        this.outcome = d.outcome().trim();
        this.proposedBy = d.proposedBy();
        this.participants = new ArrayList<>(d.participants());
        this.deciders = new ArrayList<>(d.deciders());
        this.rule = d.rule();
        this.rung = c.rung();
        this.suggestedRung = c.suggestedRung();
        this.rungReason = c.rung().equals(c.suggestedRung()) ? null : DecisionDraft.trimmed(d.rungReason());
        this.inputChangedOutcome = d.inputChangedOutcome();
        this.youSaid = d.inputChangedOutcome() ? DecisionDraft.trimmed(d.youSaid()) : null;
        this.weDid = d.inputChangedOutcome() ? DecisionDraft.trimmed(d.weDid()) : null;
        this.decidedOn = d.decidedOn();
        this.fedBackOn = d.fedBackOn();
        this.recordedBy = Objects.requireNonNull(by);
        this.recordedAt = Objects.requireNonNull(at);
    }

    void feedBack(LocalDate on) {
        if (fedBackOn != null) {
            throw new IllegalStateException("Already fed back");
        }
        this.fedBackOn = on;
    }

    public Long id() {
        return id;
    }

    /** The decision this is a version of. */
    public Decision decisionRef() {
        return decision;
    }

    public int number() {
        return number;
    }

    public String question() {
        return question;
    }

    public List<String> options() {
        return Collections.unmodifiableList(options);
    }

    public String outcome() {
        return outcome;
    }

    public DecisionParty proposedBy() {
        return proposedBy;
    }

    public List<DecisionParty> participants() {
        return Collections.unmodifiableList(participants);
    }

    public List<DecisionParty> deciders() {
        return Collections.unmodifiableList(deciders);
    }

    public DecisionRule rule() {
        return rule;
    }

    public Rung rung() {
        return rung;
    }

    public Rung suggestedRung() {
        return suggestedRung;
    }

    public String rungReason() {
        return rungReason;
    }

    public boolean inputChangedOutcome() {
        return inputChangedOutcome;
    }

    public String youSaid() {
        return youSaid;
    }

    public String weDid() {
        return weDid;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public LocalDate fedBackOn() {
        return fedBackOn;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String changeReason() {
        return changeReason;
    }
}
