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

/** One step of a ladder: its place (ordinal, counted from the bottom), meaning and band. */
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
