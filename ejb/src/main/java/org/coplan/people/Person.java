package org.coplan.people;

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
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * A person the council supports, allocated to one team. Their reference is the council's
 * own case reference and is the business key.
 */
@Entity
@Table(name = "person")
public class Person {

    /** Under this age a person is a child, supported by children's services and the Hart ladder. */
    public static final int ADULT_AGE = 18;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "person_seq")
    @SequenceGenerator(name = "person_seq", sequenceName = "person_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String reference;

    @Column(name = "given_name", nullable = false, length = 100)
    private String givenName;

    @Column(name = "family_name", nullable = false, length = 100)
    private String familyName;

    @Column(name = "preferred_name", length = 100)
    private String preferredName;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "team_id", nullable = false)
    private Team team;

    @Column(name = "allocated_worker_id")
    private Long allocatedWorkerId;

    /** Looked after by the council as a child: the record is kept longer (org.coplan.retention). */
    @Column(name = "looked_after", nullable = false)
    private boolean lookedAfter;

    /** Set by the retention job when the record was anonymised; read only here. */
    @Column(name = "anonymised_on", insertable = false, updatable = false)
    private LocalDate anonymisedOn;


    @Version
    private long version;

    protected Person() {
        // for JPA
    }

    public Person(String reference, String givenName, String familyName, LocalDate dateOfBirth, Team team) {
        this.reference = required(reference, "a reference");
        this.givenName = required(givenName, "a given name");
        this.familyName = required(familyName, "a family name");
        this.dateOfBirth = Objects.requireNonNull(dateOfBirth, "A person needs a date of birth");
        this.team = Objects.requireNonNull(team, "A person is allocated to a team");
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A person needs " + what);
        }
        return value.trim();
    }

    /** Age in whole years on a given day. */
    public static int ageOn(LocalDate dateOfBirth, LocalDate day) {
        if (day.isBefore(dateOfBirth)) {
            throw new IllegalArgumentException("The day is before the date of birth");
        }
        return Period.between(dateOfBirth, day).getYears();
    }

    public int ageOn(LocalDate day) {
        return ageOn(dateOfBirth, day);
    }

    public boolean isChildOn(LocalDate day) {
        return ageOn(day) < ADULT_AGE;
    }

    public void preferToBeCalled(String name) {
        this.preferredName = name == null || name.isBlank() ? null : name.trim();
    }

    /** Records that the council looks (or looked) after this person as a child. */
    public void lookedAfter(boolean lookedAfter) {
        this.lookedAfter = lookedAfter;
    }

    public boolean isLookedAfter() {
        return lookedAfter;
    }

    /** The day the record was anonymised under a retention rule, or null. */
    public LocalDate anonymisedOn() {
        return anonymisedOn;
    }

    public void allocateTo(Long workerId) {
        this.allocatedWorkerId = workerId;
    }

    public Long id() {
        return id;
    }

    public String reference() {
        return reference;
    }

    public String givenName() {
        return givenName;
    }

    public String familyName() {
        return familyName;
    }

    public String preferredName() {
        return preferredName;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public Team team() {
        return team;
    }

    public Long allocatedWorkerId() {
        return allocatedWorkerId;
    }

    public long version() {
        return version;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Person other && reference != null && reference.equals(other.reference);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(reference);
    }
}
