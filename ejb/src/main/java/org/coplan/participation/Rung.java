package org.coplan.participation;

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
import java.util.Objects;
import org.coplan.shared.BusinessException;

/**
 * One step of a ladder: its place (ordinal, counted from the bottom), meaning and band. Its place
 * is the ladder's business ({@link Ladder#addRung}, {@link Ladder#moveRungUp}); what it means is
 * its own ({@link #describe}). A rung is never deleted once a record uses it, only retired, so
 * that what was recorded keeps its meaning.
 */
@Entity
@Table(name = "rung")
public class Rung {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rung_seq")
    @SequenceGenerator(name = "rung_seq", sequenceName = "rung_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ladder_id", nullable = false)
    private Ladder ladder;

    @Column(nullable = false)
    private int ordinal;

    @Column(nullable = false, length = 60)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 2000)
    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private Band band;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_power", nullable = false, length = 40)
    private DecisionPower decisionPower;

    @Column(name = "default_decision_rule", nullable = false, length = 40)
    private String defaultDecisionRule;

    @Column(nullable = false)
    private boolean retired;

    protected Rung() {
        // for JPA
    }

    /** A new rung at a given place on a ladder; {@link Ladder#addRung} chooses the place. */
    Rung(Ladder ladder, int ordinal, String code, RungDescription description) {
        this.ladder = Objects.requireNonNull(ladder);
        this.ordinal = ordinal;
        this.code = Checks.code(code, 60, "Enter a code for the rung, for example CO_DESIGN.");
        this.retired = false;
        describe(description);
    }

    /** Says what the rung means. Allowed on a rung in use: the words change, not the place or the records. */
    public void describe(RungDescription description) {
        if (description == null) {
            throw new BusinessException("name", "Enter a name for the rung.");
        }
        String newName = Checks.text(description.name(), 200, "name", "Enter a name for the rung.");
        String newDescription = Checks.text(description.description(), 2000, "description",
                "Enter a description of the rung in plain language.");
        if (description.band() == null) {
            throw new BusinessException("band", "Choose the band this rung is in.");
        }
        if (description.decisionPower() == null) {
            throw new BusinessException("decisionPower", "Choose who holds the power to decide at this rung.");
        }
        String rule = Checks.text(description.defaultDecisionRule(), 40, "defaultDecisionRule",
                "Choose the decision rule that goes with this rung.");
        this.name = newName;
        this.description = newDescription;
        this.band = description.band();
        this.decisionPower = description.decisionPower();
        this.defaultDecisionRule = rule;
    }

    /** Takes the rung out of use for new records; records already on it keep it. */
    public void retire() {
        this.retired = true;
    }

    /** Brings a retired rung back into use. */
    public void reinstate() {
        this.retired = false;
    }

    /** Moves the rung to another place; only the ladder does this, as part of a move that keeps 1..n. */
    void placeAt(int newOrdinal) {
        this.ordinal = newOrdinal;
    }

    public Long id() {
        return id;
    }

    public int ordinal() {
        return ordinal;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public Band band() {
        return band;
    }

    public DecisionPower decisionPower() {
        return decisionPower;
    }

    public String defaultDecisionRule() {
        return defaultDecisionRule;
    }

    public boolean retired() {
        return retired;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Rung other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
