package org.coplan.participation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** A ladder of participation: TLAP, Hart, Arnstein, or a council's own. */
@Entity
@Table(name = "ladder")
public class Ladder {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ladder_seq")
    @SequenceGenerator(name = "ladder_seq", sequenceName = "ladder_seq", allocationSize = 50)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 2000)
    private String description;

    @Column(nullable = false, length = 500)
    private String source;

    @Column(nullable = false, length = 40)
    private String audience;

    @OneToMany(mappedBy = "ladder")
    @OrderBy("ordinal")
    private List<Rung> rungs = new ArrayList<>();

    @Version
    private long version;

    protected Ladder() {
        // for JPA
    }

    public Long id() {
        return id;
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

    public String source() {
        return source;
    }

    public String audience() {
        return audience;
    }

    /** Rungs from the bottom (least power with people who use services) to the top. */
    public List<Rung> rungs() {
        return Collections.unmodifiableList(rungs);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Ladder other && code != null && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
