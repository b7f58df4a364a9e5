package org.coplan.supportplan.sections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeTest {

    private static Outcomes.Outcome outcome(String key, String words) {
        return new Outcomes.Outcome(key, words, "TALKING_POINTS", "SEEING_PEOPLE");
    }

    @Test
    void rewordingAnItemIsAChangeToThatItemNotARemovalAndAnAddition() {
        Outcomes before = new Outcomes(List.of(outcome("o1", "See my friends"), outcome("o2", "Cook my own tea")));
        Outcomes after = new Outcomes(List.of(outcome("o1", "See my friends every week"), outcome("o3", "Go to the football")));
        List<Change> changes = Change.between(before, after);
        assertThat(changes).extracting(Change::kind, Change::itemKey, Change::field, Change::before, Change::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Change.Kind.CHANGED, "o1", "words", "See my friends", "See my friends every week"),
                org.assertj.core.groups.Tuple.tuple(Change.Kind.ADDED, "o3", "words", "", "Go to the football"),
                org.assertj.core.groups.Tuple.tuple(Change.Kind.ADDED, "o3", "category", "", "TALKING_POINTS / SEEING_PEOPLE"),
                org.assertj.core.groups.Tuple.tuple(Change.Kind.REMOVED, "o2", "words", "Cook my own tea", ""),
                org.assertj.core.groups.Tuple.tuple(Change.Kind.REMOVED, "o2", "category", "TALKING_POINTS / SEEING_PEOPLE", ""));
    }

    @Test
    void identicalSectionsHaveNoChanges() {
        PathPlan path = new PathPlan("A home of my own", "Move by summer", "Living with mum", "Mum, Jo", "Cooking class", "Visit flats", "Call the housing officer");
        assertThat(Change.between(path, path)).isEmpty();
        Map<SectionKey, List<Change>> all = PlanContent.empty().with(path).changesTo(PlanContent.empty().with(path));
        assertThat(all.values()).allSatisfy(c -> assertThat(c).isEmpty());
    }

    @Test
    void aFieldSetForTheFirstTimeIsAChange() {
        AboutMe before = new AboutMe("", "", "", null);
        AboutMe after = new AboutMe("My cat, Biscuit", "", "", AboutMe.WrittenBy.PERSON);
        assertThat(Change.between(before, after)).extracting(Change::field).containsExactly("importantToMe", "writtenBy");
    }
}
