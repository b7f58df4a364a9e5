package org.coplan.web.supportplan;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.coplan.shared.CommunityOffers;
import org.coplan.supportplan.OutcomeCategory;
import org.coplan.supportplan.sections.Outcomes;
import org.coplan.web.Messages;

/** A section's values in words: options by their label, outcomes by their words, dates written out. */
public final class SectionText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private SectionText() {
    }

    public static String show(SectionForm.Field field, Object value, List<OutcomeCategory> categories, List<Outcomes.Outcome> outcomes,
                       Map<Long, CommunityOffers.OfferRef> offers) {
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
            case OFFER -> offer(text, offers);
            case DATE -> LocalDate.parse(text).format(DAY);
            default -> text;
        };
    }

    /** An offer with the project that made it, and whether it has ended. */
    static String offer(String id, Map<Long, CommunityOffers.OfferRef> offers) {
        CommunityOffers.OfferRef offer;
        try {
            offer = offers.get(Long.valueOf(id));
        } catch (NumberFormatException notAnId) {
            offer = null;
        }
        if (offer == null) {
            return Messages.text("plan.offerGone");
        }
        return offer.name() + " (" + Messages.text("plan.offerFrom") + " " + offer.projectName()
                + (offer.open() ? "" : "; " + Messages.text("plan.offerEnded")) + ")";
    }

    static String outcomeWords(String key, List<Outcomes.Outcome> outcomes) {
        return outcomes.stream().filter(o -> o.key().equals(key)).map(Outcomes.Outcome::words).findFirst()
                .orElse(Messages.text("plan.outcomeGone"));
    }
}
