package org.coplan.supportplan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coplan.shared.Theme;
import org.coplan.shared.ThemeKind;
import org.coplan.supportplan.sections.Actions;
import org.coplan.supportplan.sections.Outcomes;
import org.coplan.supportplan.sections.PlanContent;
import org.coplan.supportplan.sections.Risks;
import org.coplan.supportplan.sections.Strengths;

/**
 * Turns plans into anonymised themes. What a theme says is only its kind, its framework
 * category and its locality, never words from a plan; it counts people, not outcomes (someone
 * with three unmet outcomes in one category counts once), and a group of fewer than
 * {@link Theme#SMALLEST_GROUP} people is left out altogether.
 *
 * <ul>
 *   <li>unmet outcome: an outcome no action serving it has yet done;</li>
 *   <li>worry: a risk tagged with the category it is about;</li>
 *   <li>asset: a community strength tagged with the category it helps with.</li>
 * </ul>
 */
public final class ThemeCounter {

    private ThemeCounter() {
    }

    /** One person's plan as the counter reads it: who (only to count them once), where, and what it holds. */
    public record PlanForThemes(long personId, String locality, PlanContent content) {
    }

    /**
     * The themes of these plans, biggest first. Every plan given must already be one whose
     * consent allows it; {@code categoryNames} names categories by "framework/code".
     */
    public static List<Theme> themes(List<PlanForThemes> plans, Map<String, String> categoryNames) {
        Map<Theme.Key, Set<Long>> people = new HashMap<>();
        for (PlanForThemes plan : plans) {
            for (Theme.Key key : keysOf(plan)) {
                people.computeIfAbsent(key, k -> new HashSet<>()).add(plan.personId());
            }
        }
        List<Theme> themes = new ArrayList<>();
        people.forEach((key, who) -> {
            if (who.size() >= Theme.SMALLEST_GROUP) {
                themes.add(new Theme(key.kind(), key.framework(), key.category(),
                        categoryNames.getOrDefault(key.framework() + "/" + key.category(), key.category()), key.locality(),
                        who.size()));
            }
        });
        themes.sort(Comparator.comparing(Theme::kind).thenComparing(Comparator.comparingInt(Theme::people).reversed())
                .thenComparing(Theme::categoryName).thenComparing(Theme::locality));
        return themes;
    }

    private static Set<Theme.Key> keysOf(PlanForThemes plan) {
        Set<Theme.Key> keys = new HashSet<>();
        PlanContent content = plan.content();
        String where = plan.locality();
        Outcomes outcomes = content.outcomes();
        Actions actions = content.actions();
        if (outcomes != null) {
            Set<String> met = new HashSet<>();
            if (actions != null) {
                actions.items().stream().filter(a -> a.status() == Actions.Status.DONE && a.outcomeKey() != null)
                        .forEach(a -> met.add(a.outcomeKey()));
            }
            for (Outcomes.Outcome o : outcomes.items()) {
                if (!met.contains(o.key()) && tagged(o.framework(), o.category())) {
                    keys.add(new Theme.Key(ThemeKind.UNMET_OUTCOME, o.framework(), o.category(), where));
                }
            }
        }
        Risks risks = content.risks();
        if (risks != null) {
            for (Risks.Risk r : risks.items()) {
                if (tagged(r.framework(), r.category())) {
                    keys.add(new Theme.Key(ThemeKind.WORRY, r.framework(), r.category(), where));
                }
            }
        }
        Strengths strengths = content.strengths();
        if (strengths != null) {
            for (Strengths.Strength s : strengths.items()) {
                if (s.kind() == Strengths.Kind.COMMUNITY && tagged(s.framework(), s.category())) {
                    keys.add(new Theme.Key(ThemeKind.ASSET, s.framework(), s.category(), where));
                }
            }
        }
        return keys;
    }

    private static boolean tagged(String framework, String category) {
        return framework != null && !framework.isBlank() && category != null && !category.isBlank();
    }
}
