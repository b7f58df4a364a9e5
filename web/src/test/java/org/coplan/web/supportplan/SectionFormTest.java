package org.coplan.web.supportplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.coplan.shared.FieldProblem;
import org.coplan.shared.InvalidInputException;
import org.coplan.supportplan.ConsentPurpose;
import org.coplan.supportplan.HowGiven;
import org.coplan.supportplan.PlanStatus;
import org.coplan.supportplan.Signer;
import org.coplan.supportplan.SignOffRule;
import org.coplan.supportplan.Chaired;
import org.coplan.supportplan.sections.Actions;
import org.coplan.supportplan.sections.Change;
import org.coplan.supportplan.sections.Circle;
import org.coplan.supportplan.sections.Outcomes;
import org.coplan.supportplan.sections.PlanSection;
import org.coplan.supportplan.sections.SectionKey;
import org.coplan.web.PagesTest;
import org.junit.jupiter.api.Test;

class SectionFormTest {

    @Test
    void aSavedSectionComesBackFromTheFormUnchanged() {
        Actions actions = new Actions(List.of(new Actions.Action("a1", "Book swimming", "Dad", Actions.WhoKind.CIRCLE,
                LocalDate.of(2027, 3, 31), Actions.Status.IN_PROGRESS, "o1", null)));
        assertThat(SectionForm.of(actions).toSection()).isEqualTo(actions);
        Outcomes outcomes = new Outcomes(List.of(new Outcomes.Outcome("o1", "Swim again", "TALKING_POINTS", "HAVING_THINGS_TO_DO")));
        SectionForm form = SectionForm.of(outcomes);
        assertThat(form.getRows().get(0).getValues()).containsEntry("category", "TALKING_POINTS/HAVING_THINGS_TO_DO");
        assertThat(form.toSection()).isEqualTo(outcomes);
        Circle circle = new Circle(List.of(new Circle.Member("c1", "Jean", "sister", "visits", "", Set.of("about-me", "outcomes"))));
        assertThat(SectionForm.of(circle).toSection()).isEqualTo(circle);
    }

    @Test
    void aNewRowStartsEmptyAndBlankChoicesAreLeftOutForTheRulesToName() {
        SectionForm form = SectionForm.of(PlanSection.empty(SectionKey.ACTIONS));
        form.addRow();
        Actions typed = (Actions) form.toSection();
        assertThat(typed.items()).hasSize(1);
        assertThat(typed.normalised().problems()).extracting(FieldProblem::field)
                .containsExactly("items[0].what", "items[0].who", "items[0].whoKind");
        form.removeRow(0);
        assertThat(((Actions) form.toSection()).items()).isEmpty();
    }

    @Test
    void aDateTypedTheBritishWayIsUnderstoodAndNonsenseIsRefusedWithTheTextKept() {
        SectionForm form = SectionForm.of(PlanSection.empty(SectionKey.ACTIONS));
        form.addRow();
        form.getRows().get(0).getValues().put("byWhen", "31/1/2027");
        assertThat(((Actions) form.toSection()).items().get(0).byWhen()).isEqualTo(LocalDate.of(2027, 1, 31));
        form.getRows().get(0).getValues().put("byWhen", "next Tuesday");
        assertThatThrownBy(form::toSection).isInstanceOf(InvalidInputException.class).hasMessageContaining("day/month/year");
        assertThat(form.getRows().get(0).getValues()).containsEntry("byWhen", "next Tuesday");
    }

    @Test
    void everyLabelAndOptionThePlanPagesBuildIsInTheBundle() throws IOException {
        Properties texts = PagesTest.bundle();
        List<String> keys = new ArrayList<>();
        for (SectionKey key : SectionKey.values()) {
            keys.addAll(List.of("section." + key.path(), "sectionHint." + key.path(), "item." + key.path()));
            for (SectionForm.Field field : SectionForm.fields(key)) {
                keys.add("field." + key.path() + "." + field.name());
                if (field.kind() == SectionForm.Kind.SELECT) {
                    field.options().forEach(o -> keys.add("option." + field.name() + "." + o));
                }
            }
        }
        for (Enum<?>[] values : List.<Enum<?>[]>of(PlanStatus.values(), Signer.values(), HowGiven.values(), Chaired.values(),
                ConsentPurpose.values(), Change.Kind.values(), SignOffRule.Needed.values())) {
            for (Enum<?> v : values) {
                String prefix = switch (v.getDeclaringClass().getSimpleName()) {
                    case "PlanStatus" -> "planStatus.";
                    case "Signer" -> "signer.";
                    case "HowGiven" -> "howGiven.";
                    case "Chaired" -> "chaired.";
                    case "ConsentPurpose" -> "purpose.";
                    case "Kind" -> "change.";
                    default -> "signOff.needed.";
                };
                keys.add(prefix + v.name());
            }
        }
        assertThat(keys).allSatisfy(k -> assertThat(texts).containsKey(k));
    }
}
