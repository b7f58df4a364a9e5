package org.coplan.supportplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.coplan.shared.Theme;
import org.coplan.shared.ThemeKind;
import org.coplan.supportplan.sections.Actions;
import org.coplan.supportplan.sections.Outcomes;
import org.coplan.supportplan.sections.PlanContent;
import org.coplan.supportplan.sections.PlanSection;
import org.coplan.supportplan.sections.Risks;
import org.coplan.supportplan.sections.SectionKey;
import org.coplan.supportplan.sections.Strengths;
import org.junit.jupiter.api.Test;

/** Anonymised themes: people counted once, only what names the theme shown, never a group under five. */
class ThemeCounterTest {

    private static final Map<String, String> NAMES = Map.of("TALKING_POINTS/FEELING_SAFE", "Feeling safe",
            "TALKING_POINTS/SEEING_PEOPLE", "Seeing people", "TALKING_POINTS/HAVING_THINGS_TO_DO", "Having things to do");

    private static ThemeCounter.PlanForThemes plan(long person, String locality, PlanSection... sections) {
        Map<SectionKey, PlanSection> map = new EnumMap<>(SectionKey.class);
        for (PlanSection s : sections) {
            map.put(s.key(), s);
        }
        return new ThemeCounter.PlanForThemes(person, locality, new PlanContent(map));
    }

    private static Outcomes outcome(String key, String category) {
        return new Outcomes(List.of(new Outcomes.Outcome(key, "Words nobody else should read", "TALKING_POINTS", category)));
    }

    private static Risks worry(String category) {
        return new Risks(List.of(new Risks.Risk("r1", "Something private", "Something to do", "", "TALKING_POINTS", category)));
    }

    @Test
    void aGroupOfFourIsNeverShownAndAGroupOfFiveIs() {
        List<ThemeCounter.PlanForThemes> plans = new ArrayList<>();
        for (long person = 1; person <= 4; person++) {
            plans.add(plan(person, "Leith", worry("FEELING_SAFE")));
        }
        assertThat(ThemeCounter.themes(plans, NAMES)).isEmpty();
        plans.add(plan(5, "Leith", worry("FEELING_SAFE")));
        assertThat(ThemeCounter.themes(plans, NAMES)).containsExactly(
                new Theme(ThemeKind.WORRY, "TALKING_POINTS", "FEELING_SAFE", "Feeling safe", "Leith", 5));
    }

    @Test
    void peopleAreCountedNotItemsAndAreaSplitsAGroup() {
        List<ThemeCounter.PlanForThemes> plans = new ArrayList<>();
        // One person with the same worry three times, in two versions' worth of items, is one person.
        Risks three = new Risks(List.of(new Risks.Risk("r1", "a", "b", "", "TALKING_POINTS", "FEELING_SAFE"),
                new Risks.Risk("r2", "c", "d", "", "TALKING_POINTS", "FEELING_SAFE"),
                new Risks.Risk("r3", "e", "f", "", "TALKING_POINTS", "FEELING_SAFE")));
        plans.add(plan(1, "Leith", three));
        plans.add(plan(1, "Leith", worry("FEELING_SAFE")));
        for (long person = 2; person <= 4; person++) {
            plans.add(plan(person, "Leith", worry("FEELING_SAFE")));
        }
        // Three more in another area do not make the Leith group big enough, nor their own.
        for (long person = 5; person <= 7; person++) {
            plans.add(plan(person, "Pilton", worry("FEELING_SAFE")));
        }
        assertThat(ThemeCounter.themes(plans, NAMES)).isEmpty();
    }

    @Test
    void anOutcomeIsUnmetUntilAnActionServingItIsDone() {
        List<ThemeCounter.PlanForThemes> plans = new ArrayList<>();
        for (long person = 1; person <= 5; person++) {
            Actions.Status status = person == 5 ? Actions.Status.DONE : Actions.Status.IN_PROGRESS;
            plans.add(plan(person, "Leith", outcome("o1", "HAVING_THINGS_TO_DO"), new Actions(List.of(
                    new Actions.Action("a1", "Join the walking group", "Me", Actions.WhoKind.PERSON, null, status, "o1", null)))));
        }
        assertThat(ThemeCounter.themes(plans, NAMES)).as("person 5's outcome is met, leaving four").isEmpty();
        plans.add(plan(6, "Leith", outcome("o1", "HAVING_THINGS_TO_DO")));
        assertThat(ThemeCounter.themes(plans, NAMES)).extracting(Theme::kind, Theme::categoryName, Theme::people)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ThemeKind.UNMET_OUTCOME, "Having things to do", 5));
    }

    @Test
    void onlyCommunityStrengthsTaggedWithACategoryAreAssetsAndNoWordsLeaveThePlan() {
        List<ThemeCounter.PlanForThemes> plans = new ArrayList<>();
        for (long person = 1; person <= 6; person++) {
            plans.add(plan(person, "Leith", new Strengths(List.of(
                    new Strengths.Strength("s1", Strengths.Kind.COMMUNITY, "Davie at the café on Ferry Road", "TALKING_POINTS",
                            "SEEING_PEOPLE"),
                    new Strengths.Strength("s2", Strengths.Kind.PERSON, "I am kind", "TALKING_POINTS", "FEELING_SAFE"),
                    new Strengths.Strength("s3", Strengths.Kind.COMMUNITY, "The library", "", "")))));
        }
        List<Theme> themes = ThemeCounter.themes(plans, NAMES);
        assertThat(themes).containsExactly(new Theme(ThemeKind.ASSET, "TALKING_POINTS", "SEEING_PEOPLE", "Seeing people", "Leith", 6));
        assertThat(themes.toString()).doesNotContain("Davie", "café", "I am kind", "library");
    }
}
