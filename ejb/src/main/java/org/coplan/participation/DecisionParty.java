package org.coplan.participation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/** A named person or body with their standing: who proposed, took part in or made a decision. */
@Embeddable
public class DecisionParty {

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "standing", nullable = false, length = 30)
    private Standing standing;

    protected DecisionParty() {
        // for JPA
    }

    public DecisionParty(String name, Standing standing) {
        this.name = Objects.requireNonNull(name).trim();
        this.standing = Objects.requireNonNull(standing);
    }

    public String name() {
        return name;
    }

    public Standing standing() {
        return standing;
    }

    @Override
    public String toString() {
        return name + " (" + standing + ")";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DecisionParty other && name.equals(other.name) && standing == other.standing;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, standing);
    }
}
