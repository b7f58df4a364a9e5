package org.coplan.people;

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
import java.util.Objects;
import org.coplan.shared.ServiceArea;

/** A team of practitioners in one service area and locality, holding a shared caseload. */
@Entity
@Table(name = "team")
public class Team {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "team_seq")
    @SequenceGenerator(name = "team_seq", sequenceName = "team_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "service_area", nullable = false, length = 40)
    private ServiceArea serviceArea;

    @Column(nullable = false, length = 200)
    private String locality;

    @Version
    private long version;

    protected Team() {
        // for JPA
    }

    public Team(String name, ServiceArea serviceArea, String locality) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A team needs a name");
        }
        if (locality == null || locality.isBlank()) {
            throw new IllegalArgumentException("A team needs a locality");
        }
        this.name = name.trim();
        this.serviceArea = Objects.requireNonNull(serviceArea);
        this.locality = locality.trim();
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public ServiceArea serviceArea() {
        return serviceArea;
    }

    public String locality() {
        return locality;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Team other && name != null && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(name);
    }
}
