package org.coplan.web.supportplan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.coplan.supportplan.OutcomeCategory;
import org.coplan.supportplan.sections.Outcomes;
import org.coplan.web.Messages;

/** A section's values in words: options by their label, outcomes by their words, dates written out. */
final class SectionText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private SectionText() {
    }

    static String show(SectionForm.Field field, Object value, List<OutcomeCategory> categories, List<Outcomes.Outcome> outcomes) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> chosen) {
            return chosen.stream().map(s -> Messages.text("section." + s)).collect(Collectors.joining(", "));
        }
        String text = value.toString();
        if (text.isBlank()) {
            return "";
        }
        return switch (field.kind()) {
            case SELECT -> Messages.text("option." + field.name() + "." + text);
            case CATEGORY -> categories.stream().filter(c -> (c.framework() + "/" + c.code()).equals(text))
                    .map(OutcomeCategory::name).findFirst().orElse(text);
            case OUTCOME -> outcomeWords(text, outcomes);
            case DATE -> LocalDate.parse(text).format(DAY);
            default -> text;
        };
    }

    static String outcomeWords(String key, List<Outcomes.Outcome> outcomes) {
        return outcomes.stream().filter(o -> o.key().equals(key)).map(Outcomes.Outcome::words).findFirst()
                .orElse(Messages.text("plan.outcomeGone"));
    }
}
