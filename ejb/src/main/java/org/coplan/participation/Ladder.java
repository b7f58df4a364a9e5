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
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import org.coplan.shared.BusinessException;

/**
 * A ladder of participation: TLAP, Hart, Arnstein, or a council's own. The ladder owns the places
 * of its rungs: they are numbered 1..n from the bottom with no gaps, and a rung that records use
 * (a decision or a project is placed on it) keeps its place for good, because moving or deleting
 * it would change what those records say. Such a rung can only be retired.
 *
 * <p>Whether a rung is in use is a question for the database, so the methods that need it take it
 * as a {@code Predicate<Rung>}: the service answers it with one query for the whole ladder.
 */
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

    private static final Comparator<Rung> FROM_THE_BOTTOM = Comparator.comparingInt(Rung::ordinal);

    protected Ladder() {
        // for JPA
    }

    /** A council's own ladder, with no rungs yet. */
    public Ladder(String code, String name, String description, String source, Audience audience) {
        this.code = Checks.code(code, 40, "Enter a code for the ladder, for example OUR_COUNCIL_LADDER.");
        this.name = Checks.text(name, 200, "name", "Enter a name for the ladder.");
        this.description = Checks.text(description, 2000, "description",
                "Enter a description of the ladder in plain language.");
        this.source = Checks.text(source, 500, "source",
                "Enter where the ladder comes from, for example your council's own co-production group.");
        if (audience == null) {
            throw new BusinessException("audience", "Choose who the ladder is for.");
        }
        this.audience = audience.name();
    }

    /** Adds a rung at the top of the ladder: the next place up, so the rungs stay numbered 1..n. */
    public Rung addRung(String rungCode, RungDescription description) {
        String clean = rungCode == null ? null : rungCode.trim();
        if (clean != null && rungs.stream().anyMatch(r -> r.code().equals(clean))) {
            throw new BusinessException("code", "This ladder already has a rung with the code " + clean + ".");
        }
        Rung rung = new Rung(this, top().map(Rung::ordinal).orElse(0) + 1, clean, description);
        rungs.add(rung);
        return rung;
    }

    /** The rung with this id, if it is on this ladder. */
    public Optional<Rung> rung(long rungId) {
        return rungs.stream().filter(r -> r.id() != null && r.id() == rungId).findFirst();
    }

    public boolean mayMoveUp(Rung rung, Predicate<Rung> inUse) {
        return refusalToMoveUp(rung, inUse) == null;
    }

    public boolean mayMoveDown(Rung rung, Predicate<Rung> inUse) {
        return refusalToMoveDown(rung, inUse) == null;
    }

    public boolean mayDelete(Rung rung, Predicate<Rung> inUse) {
        return refusalToDelete(rung, inUse) == null;
    }

    /**
     * Swaps the rung with the one above it. The database checks that no two rungs of a ladder share
     * a place after every statement, so the swap goes in three steps, and {@code writeStep} is called
     * between them to write each step before the next (the service flushes; a test can look).
     */
    public void moveRungUp(Rung rung, Predicate<Rung> inUse, Runnable writeStep) {
        refuseWith(refusalToMoveUp(rung, inUse));
        swap(rung, above(rung).orElseThrow(), writeStep);
    }

    /** Swaps the rung with the one below it, as {@link #moveRungUp} does. */
    public void moveRungDown(Rung rung, Predicate<Rung> inUse, Runnable writeStep) {
        refuseWith(refusalToMoveDown(rung, inUse));
        swap(below(rung).orElseThrow(), rung, writeStep);
    }

    /**
     * Takes the rung off the ladder, for the service to delete. Only the top rung, so the others keep
     * their places, and only when nothing records use of it.
     */
    public void removeRung(Rung rung, Predicate<Rung> inUse) {
        refuseWith(refusalToDelete(rung, inUse));
        rungs.remove(rung);
    }

    private String refusalToMoveUp(Rung rung, Predicate<Rung> inUse) {
        Optional<Rung> above = above(ownRung(rung));
        if (above.isEmpty()) {
            return quoted(rung) + " is already the top rung.";
        }
        return refusalToSwap(rung, above.get(), inUse);
    }

    private String refusalToMoveDown(Rung rung, Predicate<Rung> inUse) {
        Optional<Rung> below = below(ownRung(rung));
        if (below.isEmpty()) {
            return quoted(rung) + " is already the bottom rung.";
        }
        return refusalToSwap(rung, below.get(), inUse);
    }

    private static String refusalToSwap(Rung moving, Rung neighbour, Predicate<Rung> inUse) {
        if (inUse.test(moving)) {
            return quoted(moving) + " cannot be moved because it is in use: decisions or co-design projects are "
                    + "placed on it, and moving it would change what they record. You can retire it instead.";
        }
        if (inUse.test(neighbour)) {
            return quoted(moving) + " cannot swap places with " + quoted(neighbour) + ", because "
                    + quoted(neighbour) + " is in use: decisions or co-design projects are placed on it.";
        }
        return null;
    }

    private String refusalToDelete(Rung rung, Predicate<Rung> inUse) {
        ownRung(rung);
        if (inUse.test(rung)) {
            return quoted(rung) + " cannot be deleted because it is in use: decisions or co-design projects are "
                    + "placed on it. You can retire it instead.";
        }
        if (!top().orElseThrow().equals(rung)) {
            return "Only the top rung can be deleted, so that the other rungs keep their places. "
                    + "You can retire " + quoted(rung) + " instead.";
        }
        return null;
    }

    private static void refuseWith(String refusal) {
        if (refusal != null) {
            throw new BusinessException(refusal);
        }
    }

    private void swap(Rung lower, Rung upper, Runnable writeStep) {
        int low = lower.ordinal();
        int high = upper.ordinal();
        lower.placeAt(-low); // off the ladder for a moment: a negative place is never a real one
        writeStep.run();
        upper.placeAt(low);
        writeStep.run();
        lower.placeAt(high);
        rungs.sort(FROM_THE_BOTTOM);
    }

    private Rung ownRung(Rung rung) {
        if (rung == null || !rungs.contains(rung)) {
            throw new IllegalArgumentException("The rung is not on ladder " + code);
        }
        return rung;
    }

    private Optional<Rung> top() {
        return rungs.stream().max(FROM_THE_BOTTOM);
    }

    private Optional<Rung> above(Rung rung) {
        return rungs.stream().filter(r -> r.ordinal() > rung.ordinal()).min(FROM_THE_BOTTOM);
    }

    private Optional<Rung> below(Rung rung) {
        return rungs.stream().filter(r -> r.ordinal() < rung.ordinal()).max(FROM_THE_BOTTOM);
    }

    private static String quoted(Rung rung) {
        return "'" + rung.name() + "'";
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

    /** The version an administrator saw, so that an edit made on an older one can be refused. */
    public long version() {
        return version;
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
