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
import org.coplan.participation.Ladder;
import org.coplan.people.Person;

/** A person's support plan, on the ladder its decisions are placed on. */
@Entity
@Table(name = "support_plan")
public class SupportPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_plan_seq")
    @SequenceGenerator(name = "support_plan_seq", sequenceName = "support_plan_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id", nullable = false)
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "ladder_id", nullable = false)
    private Ladder ladder;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlanStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected SupportPlan() {
        // for JPA
    }

    public SupportPlan(Person person, Ladder ladder, Instant createdAt) {
        this.person = Objects.requireNonNull(person);
        this.ladder = Objects.requireNonNull(ladder);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.status = PlanStatus.DRAFT;
    }

    public Long id() {
        return id;
    }

    public Person person() {
        return person;
    }

    public Ladder ladder() {
        return ladder;
    }

    public PlanStatus status() {
        return status;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof SupportPlan other && id != null && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
