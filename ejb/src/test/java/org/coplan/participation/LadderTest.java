package org.coplan.participation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.coplan.shared.BusinessException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of a ladder's rungs: places 1..n from the bottom, and a rung in use keeps its place. */
class LadderTest {

    private static final Predicate<Rung> NONE_IN_USE = r -> false;
    private static final Runnable NO_WRITES = () -> { };

    private final Ladder ladder = new Ladder("OUR_LADDER", "Our ladder", "How much say people have here.",
            "Our co-production group", Audience.COMMUNITY);

    private static RungDescription described(String name) {
        return new RungDescription(name, "What " + name + " means for you.", Band.TOKENISM,
                DecisionPower.PROFESSIONALS_AFTER_LISTENING, "PROFESSIONAL_AFTER_CONSULTING");
    }

    private List<Rung> threeRungs() {
        return List.of(ladder.addRung("TOLD", described("Told")), ladder.addRung("ASKED", described("Asked")),
                ladder.addRung("DECIDING", described("Deciding")));
    }

    private static Predicate<Rung> inUse(Rung... used) {
        List<Rung> list = List.of(used);
        return r -> list.stream().anyMatch(u -> u == r);
    }

    private List<String> codesFromTheBottom() {
        return ladder.rungs().stream().map(Rung::code).toList();
    }

    @Test
    void aNewRungGoesOnTopWithTheNextPlace() {
        Rung first = ladder.addRung("TOLD", described("Told"));
        Rung second = ladder.addRung("ASKED", described("Asked"));
        assertThat(first.ordinal()).isEqualTo(1);
        assertThat(second.ordinal()).isEqualTo(2);
        assertThat(ladder.rungs()).containsExactly(first, second);
        assertThat(second.retired()).isFalse();
        assertThat(second.name()).isEqualTo("Asked");
        assertThat(second.band()).isEqualTo(Band.TOKENISM);
        assertThat(second.defaultDecisionRule()).isEqualTo("PROFESSIONAL_AFTER_CONSULTING");
    }

    @Test
    void aNewRungGoesAboveTheHighestPlaceEvenAfterMoves() {
        List<Rung> rungs = threeRungs();
        ladder.moveRungUp(rungs.get(0), NONE_IN_USE, NO_WRITES);
        Rung fourth = ladder.addRung("LEADING", described("Leading"));
        assertThat(fourth.ordinal()).isEqualTo(4);
    }

    @Test
    void aRungCodeIsUniqueOnItsLadderAndUpperSnake() {
        ladder.addRung("TOLD", described("Told"));
        assertThatThrownBy(() -> ladder.addRung(" TOLD ", described("Told again")))
                .isInstanceOf(BusinessException.class).extracting("field").isEqualTo("code");
        assertThatThrownBy(() -> ladder.addRung("told", described("Told")))
                .isInstanceOf(BusinessException.class).extracting("field").isEqualTo("code");
        assertThat(ladder.rungs()).hasSize(1);
    }

    @Test
    void movingUpSwapsPlacesWithTheRungAbove() {
        List<Rung> rungs = threeRungs();
        ladder.moveRungUp(rungs.get(0), NONE_IN_USE, NO_WRITES);
        assertThat(rungs.get(0).ordinal()).isEqualTo(2);
        assertThat(rungs.get(1).ordinal()).isEqualTo(1);
        assertThat(rungs.get(2).ordinal()).isEqualTo(3);
        assertThat(codesFromTheBottom()).containsExactly("ASKED", "TOLD", "DECIDING");
    }

    @Test
    void movingDownSwapsPlacesWithTheRungBelow() {
        List<Rung> rungs = threeRungs();
        ladder.moveRungDown(rungs.get(2), NONE_IN_USE, NO_WRITES);
        assertThat(codesFromTheBottom()).containsExactly("TOLD", "DECIDING", "ASKED");
        assertThat(ladder.rungs()).extracting(Rung::ordinal).containsExactly(1, 2, 3);
    }

    @Test
    void noWrittenStepOfAMovePutsTwoRungsOnOnePlace() {
        List<Rung> rungs = threeRungs();
        List<List<Integer>> written = new ArrayList<>();
        Runnable write = () -> {
            List<Integer> places = rungs.stream().map(Rung::ordinal).toList();
            written.add(places);
            assertThat(new HashSet<>(places)).as("places at a write: " + places).hasSize(places.size());
        };
        ladder.moveRungUp(rungs.get(1), NONE_IN_USE, write);
        assertThat(written).isNotEmpty();
        assertThat(rungs).extracting(Rung::ordinal).containsExactly(1, 3, 2);
    }

    @Test
    void aMoveIsRefusedWhenTheMovingRungIsInUse() {
        List<Rung> rungs = threeRungs();
        Predicate<Rung> used = inUse(rungs.get(1));
        assertThat(ladder.mayMoveUp(rungs.get(1), used)).isFalse();
        assertThat(ladder.mayMoveDown(rungs.get(1), used)).isFalse();
        assertThatThrownBy(() -> ladder.moveRungUp(rungs.get(1), used, NO_WRITES))
                .isInstanceOf(BusinessException.class).hasMessageContaining("in use")
                .hasMessageContaining("retire");
        assertThatThrownBy(() -> ladder.moveRungDown(rungs.get(1), used, NO_WRITES))
                .isInstanceOf(BusinessException.class).hasMessageContaining("in use");
        assertThat(codesFromTheBottom()).containsExactly("TOLD", "ASKED", "DECIDING");
    }

    @Test
    void aMoveIsRefusedWhenTheNeighbourIsInUse() {
        List<Rung> rungs = threeRungs();
        Predicate<Rung> used = inUse(rungs.get(2));
        assertThat(ladder.mayMoveUp(rungs.get(1), used)).isFalse();
        assertThat(ladder.mayMoveDown(rungs.get(1), used)).isTrue();
        assertThatThrownBy(() -> ladder.moveRungUp(rungs.get(1), used, NO_WRITES))
                .isInstanceOf(BusinessException.class).hasMessageContaining("'Deciding' is in use");
        assertThat(rungs).extracting(Rung::ordinal).containsExactly(1, 2, 3);
        ladder.moveRungDown(rungs.get(1), used, NO_WRITES);
        assertThat(codesFromTheBottom()).containsExactly("ASKED", "TOLD", "DECIDING");
    }

    @Test
    void theTopRungCannotMoveUpNorTheBottomRungDown() {
        List<Rung> rungs = threeRungs();
        assertThat(ladder.mayMoveUp(rungs.get(2), NONE_IN_USE)).isFalse();
        assertThat(ladder.mayMoveDown(rungs.get(0), NONE_IN_USE)).isFalse();
        assertThatThrownBy(() -> ladder.moveRungUp(rungs.get(2), NONE_IN_USE, NO_WRITES))
                .isInstanceOf(BusinessException.class).hasMessageContaining("already the top rung");
        assertThatThrownBy(() -> ladder.moveRungDown(rungs.get(0), NONE_IN_USE, NO_WRITES))
                .isInstanceOf(BusinessException.class).hasMessageContaining("already the bottom rung");
    }

    @Test
    void onlyTheTopRungCanBeDeletedAndOnlyWhenItIsNotInUse() {
        List<Rung> rungs = threeRungs();
        assertThat(ladder.mayDelete(rungs.get(1), NONE_IN_USE)).isFalse();
        assertThatThrownBy(() -> ladder.removeRung(rungs.get(1), NONE_IN_USE))
                .isInstanceOf(BusinessException.class).hasMessageContaining("Only the top rung");
        assertThat(ladder.mayDelete(rungs.get(2), inUse(rungs.get(2)))).isFalse();
        assertThatThrownBy(() -> ladder.removeRung(rungs.get(2), inUse(rungs.get(2))))
                .isInstanceOf(BusinessException.class).hasMessageContaining("in use");
        assertThat(ladder.rungs()).hasSize(3);

        assertThat(ladder.mayDelete(rungs.get(2), inUse(rungs.get(1)))).isTrue();
        ladder.removeRung(rungs.get(2), inUse(rungs.get(1)));
        assertThat(codesFromTheBottom()).containsExactly("TOLD", "ASKED");
        assertThat(ladder.addRung("LEADING", described("Leading")).ordinal()).isEqualTo(3);
    }

    @Test
    void aRungInUseCanBeRetiredAndBroughtBack() {
        Rung rung = threeRungs().get(2);
        rung.retire();
        assertThat(rung.retired()).isTrue();
        assertThat(rung.ordinal()).isEqualTo(3);
        rung.reinstate();
        assertThat(rung.retired()).isFalse();
    }

    @Test
    void describingARungNeedsANameAndAPlainLanguageDescription() {
        Rung rung = ladder.addRung("TOLD", described("Told"));
        assertThatThrownBy(() -> rung.describe(new RungDescription("  ", "Words", Band.POWER, DecisionPower.SHARED,
                "DECIDED_JOINTLY"))).isInstanceOf(BusinessException.class).extracting("field").isEqualTo("name");
        assertThatThrownBy(() -> rung.describe(new RungDescription("Sharing", null, Band.POWER, DecisionPower.SHARED,
                "DECIDED_JOINTLY"))).isInstanceOf(BusinessException.class).extracting("field").isEqualTo("description");
        assertThatThrownBy(() -> rung.describe(new RungDescription("Sharing", "Words", null, DecisionPower.SHARED,
                "DECIDED_JOINTLY"))).isInstanceOf(BusinessException.class).extracting("field").isEqualTo("band");
        assertThatThrownBy(() -> rung.describe(new RungDescription("Sharing", "Words", Band.POWER, null,
                "DECIDED_JOINTLY"))).isInstanceOf(BusinessException.class).extracting("field").isEqualTo("decisionPower");
        assertThatThrownBy(() -> rung.describe(new RungDescription("Sharing", "Words", Band.POWER, DecisionPower.SHARED,
                ""))).isInstanceOf(BusinessException.class).extracting("field").isEqualTo("defaultDecisionRule");
        assertThat(rung.name()).as("a refused description changes nothing").isEqualTo("Told");

        rung.describe(new RungDescription(" Sharing ", " We decide together. ", Band.PARTICIPATION,
                DecisionPower.SHARED, "DECIDED_JOINTLY"));
        assertThat(rung.name()).isEqualTo("Sharing");
        assertThat(rung.description()).isEqualTo("We decide together.");
        assertThat(rung.band()).isEqualTo(Band.PARTICIPATION);
        assertThat(rung.decisionPower()).isEqualTo(DecisionPower.SHARED);
        assertThat(rung.defaultDecisionRule()).isEqualTo("DECIDED_JOINTLY");
    }

    @Test
    void aDescriptionLongerThanTheRecordHoldsIsRefused() {
        Rung rung = ladder.addRung("TOLD", described("Told"));
        assertThatThrownBy(() -> rung.describe(new RungDescription("Told", "x".repeat(2001), Band.TOKENISM,
                DecisionPower.PROFESSIONALS_ALONE, "PROFESSIONAL_INFORMED")))
                .isInstanceOf(BusinessException.class).hasMessageContaining("2000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"OUR_LADDER", "TLAP", "LADDER_2", "A1_B2_C3"})
    void aLadderCodeInUpperSnakeCaseIsAccepted(String code) {
        assertThat(new Ladder(" " + code + " ", "Name", "Words", "Source", Audience.ADULTS).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"our_ladder", "Our_Ladder", "OUR LADDER", "OUR-LADDER", "_OUR", "OUR_", "OUR__LADDER",
            "2_LADDER", "", "   "})
    void aLadderCodeThatIsNotUpperSnakeCaseIsRefused(String code) {
        assertThatThrownBy(() -> new Ladder(code, "Name", "Words", "Source", Audience.ADULTS))
                .isInstanceOf(BusinessException.class).extracting("field").isEqualTo("code");
    }

    @Test
    void aLadderCodeFitsItsColumn() {
        assertThatThrownBy(() -> new Ladder("L".repeat(41), "Name", "Words", "Source", Audience.ADULTS))
                .isInstanceOf(BusinessException.class).extracting("field").isEqualTo("code");
        assertThat(new Ladder("L".repeat(40), "Name", "Words", "Source", Audience.ADULTS).code()).hasSize(40);
    }

    @Test
    void aLadderNeedsANameADescriptionASourceAndAnAudience() {
        Set<String> fields = new HashSet<>();
        for (Runnable make : List.<Runnable>of(
                () -> new Ladder("L", " ", "Words", "Source", Audience.ADULTS),
                () -> new Ladder("L", "Name", null, "Source", Audience.ADULTS),
                () -> new Ladder("L", "Name", "Words", "", Audience.ADULTS),
                () -> new Ladder("L", "Name", "Words", "Source", null))) {
            assertThatThrownBy(make::run).isInstanceOfSatisfying(BusinessException.class, e -> fields.add(e.field()));
        }
        assertThat(fields).containsExactlyInAnyOrder("name", "description", "source", "audience");
        assertThat(ladder.audience()).isEqualTo("COMMUNITY");
        assertThat(ladder.rungs()).isEmpty();
    }

    @Test
    void aRungOfAnotherLadderIsNotThisLaddersToMove() {
        Ladder other = new Ladder("OTHER", "Other", "Words", "Source", Audience.ADULTS);
        Rung elsewhere = other.addRung("TOLD", described("Told"));
        threeRungs();
        assertThatThrownBy(() -> ladder.moveRungUp(elsewhere, NONE_IN_USE, NO_WRITES))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
