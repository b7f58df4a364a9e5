package org.coplan.supportplan.sections;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.coplan.shared.FieldProblem;
import org.coplan.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

class SectionsTest {

    @Test
    void newItemsGetKeysAndKeepThemWhenSavedAgain() {
        Outcomes typed = new Outcomes(List.of(new Outcomes.Outcome(null, "  I want to see my friends  ", "TALKING_POINTS", "SEEING_PEOPLE"),
                new Outcomes.Outcome("o-kept", "Feel safe at night", "TALKING_POINTS", "FEELING_SAFE")));
        Outcomes clean = typed.normalised();
        assertThat(clean.items().get(0).key()).startsWith("o-").hasSize(10);
        assertThat(clean.items().get(0).words()).isEqualTo("I want to see my friends");
        assertThat(clean.items().get(1).key()).isEqualTo("o-kept");
        assertThat(clean.normalised().items().get(0).key()).isEqualTo(clean.items().get(0).key());
    }

    @Test
    void eachSectionNamesWhatIsMissingInPlainWords() {
        Actions actions = new Actions(List.of(new Actions.Action("a1", " ", "", null, null, null, null, null)));
        assertThat(actions.normalised().problems()).extracting(FieldProblem::field)
                .containsExactly("items[0].what", "items[0].who", "items[0].whoKind");
        Circle circle = new Circle(List.of(new Circle.Member("c1", "Jean", "", "", "", Set.of("outcomes", "diary"))));
        assertThat(circle.problems()).extracting(FieldProblem::message)
                .containsExactly("Say how Jean is related to or knows the person.", "'diary' is not a section of the plan.");
        assertThat(new AboutMe("I love music", "", "", null).problems()).extracting(FieldProblem::field).containsExactly("writtenBy");
        assertThat(new AboutMe("", "", "", null).problems()).isEmpty();
    }

    @Test
    void duplicateOrOddKeysAreRefused() {
        Risks risks = new Risks(List.of(new Risks.Risk("r1", "a fall", "call Jean", "", "", ""), new Risks.Risk("r1", "a fire", "leave", "", "", ""),
                new Risks.Risk("r 3", "x", "y", "", "", "")));
        assertThat(risks.problems()).extracting(FieldProblem::field).containsExactly("items[1].key", "items[2].key");
    }

    @Test
    void anActionMustServeAnOutcomeThePlanHas() {
        PlanContent content = PlanContent.empty().with(new Outcomes(List.of(new Outcomes.Outcome("o1", "Walk to the shop", "TALKING_POINTS", "IMPROVED_MOBILITY"))));
        Actions actions = new Actions(List.of(
                new Actions.Action("a1", "Physio twice a week", "Ana", Actions.WhoKind.OTHER, LocalDate.of(2027, 1, 1), null, "o1", null),
                new Actions.Action("a2", "Buy a stick", "Me", Actions.WhoKind.PERSON, null, null, "o9", null)));
        assertThat(content.problemsWith(actions.normalised())).extracting(FieldProblem::field).containsExactly("items[1].outcomeKey");
        PlanContent withActions = content.with(new Actions(List.of(actions.items().get(0))));
        assertThat(withActions.problemsWith(new Outcomes(List.of()))).extracting(FieldProblem::field).containsExactly("items");
    }

    @Test
    void aPlanIsReadyToAgreeOnlyWithAboutMeAndAnOutcome() {
        assertThat(PlanContent.empty().readinessProblems()).extracting(FieldProblem::field).containsExactly("about-me", "outcomes");
        PlanContent ready = PlanContent.empty().with(new AboutMe("Music", "", "", AboutMe.WrittenBy.PERSON))
                .with(new Outcomes(List.of(new Outcomes.Outcome("o1", "Sing", "TALKING_POINTS", "HAVING_THINGS_TO_DO"))));
        assertThat(ready.readinessProblems()).isEmpty();
    }

    @Test
    void sectionsTravelAsJsonBothWays() {
        Actions actions = new Actions(List.of(new Actions.Action("a1", "Book swimming", "Dad", Actions.WhoKind.CIRCLE,
                LocalDate.of(2027, 3, 31), Actions.Status.IN_PROGRESS, "o1", null)));
        String json = SectionJson.write(actions);
        assertThat(json).contains("\"byWhen\":\"2027-03-31\"", "\"whoKind\":\"CIRCLE\"");
        assertThat(SectionJson.read(SectionKey.ACTIONS, json)).isEqualTo(actions);
        Circle circle = new Circle(List.of(new Circle.Member("c1", "Jean", "sister", "visits", "0131 496 0000", Set.of("about-me"))));
        assertThat(SectionJson.read(SectionKey.CIRCLE, SectionJson.write(circle))).isEqualTo(circle);
    }

    @Test
    void textThatIsNotTheSectionsJsonIsRefusedWithAMessage() {
        assertThatThrownBy(() -> SectionJson.read(SectionKey.PATH, "{not json"))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("path section could not be read");
        assertThatThrownBy(() -> SectionJson.read(SectionKey.ACTIONS, "{\"items\":[{\"byWhen\":\"next week\"}]}"))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void sectionPathsAreTheApiContract() {
        assertThat(List.of(SectionKey.values())).extracting(SectionKey::path)
                .containsExactly("about-me", "circle", "strengths", "outcomes", "path", "actions", "risks");
        assertThat(SectionKey.fromPath("measures")).isEmpty();
    }
}
