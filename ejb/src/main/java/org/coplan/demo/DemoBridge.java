package org.coplan.demo;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.coplan.codesign.CoDesignProject;
import org.coplan.codesign.CoDesignService;
import org.coplan.codesign.CodesignViews.OfferView;
import org.coplan.codesign.CodesignViews.ThemeView;
import org.coplan.codesign.OfferDraft;
import org.coplan.codesign.PowerMap;
import org.coplan.codesign.ProjectRole;
import org.coplan.codesign.ResultKind;
import org.coplan.security.SystemTasks;
import org.coplan.security.UserAccount;
import org.coplan.shared.Theme;
import org.coplan.shared.ThemeKind;

/**
 * The demo projects' power maps, results and community offers, and the themes from plans they
 * attach as evidence, done the way a facilitator does them: through the co-design service as
 * the project's facilitator, so every rule and audit applies.
 */
@ApplicationScoped
public class DemoBridge {

    private static final String FACILITATOR = "fran.facilitator";

    @EJB
    CoDesignService codesign;

    /**
     * Draws each project's power map and records its results and offers when it has none yet.
     *
     * @return the community offers by name, for demo plans that use them
     */
    Map<String, Long> loadResults(JsonArray projectList, Map<String, CoDesignProject> projects, Map<String, UserAccount> users,
                                  LocalDate today) {
        try {
            for (JsonObject p : projectList == null ? List.<JsonObject>of() : projectList.getValuesAs(JsonObject.class)) {
                long id = projects.get(p.getString("name")).id();
                var detail = as(() -> codesign.detail(id));
                if (detail.powerMap().stakeholders().isEmpty() && p.containsKey("powerMap")) {
                    List<PowerMap.Stakeholder> map = p.getJsonArray("powerMap").getValuesAs(JsonObject.class).stream()
                            .map(s -> new PowerMap.Stakeholder(s.getString("name"), ProjectRole.valueOf(s.getString("group")),
                                    s.getInt("power"), s.getInt("impact"),
                                    s.containsKey("member") ? users.get(s.getString("member")).id() : null))
                            .toList();
                    as(() -> codesign.savePowerMap(id, detail.powerMap().revision(), new PowerMap(map)));
                }
                if (detail.results().isEmpty() && p.containsKey("results")) {
                    for (JsonObject r : p.getJsonArray("results").getValuesAs(JsonObject.class)) {
                        JsonObject o = r.getJsonObject("offer");
                        OfferDraft offer = o == null ? null : new OfferDraft(o.getString("name"), o.getString("whoCanUse"),
                                o.getString("howToGet"), o.getString("contact"), o.getString("locality"));
                        as(() -> codesign.recordResult(id, ResultKind.valueOf(r.getString("kind")), r.getString("whatChanged"),
                                today.minusDays(r.getInt("daysAgo")), offer));
                    }
                }
            }
            Map<String, Long> offers = new HashMap<>();
            for (OfferView o : as(() -> codesign.offers())) {
                offers.put(o.name(), o.id());
            }
            return offers;
        } catch (Exception e) {
            throw new IllegalStateException("A demo power map, result or offer was refused: " + e.getMessage(), e);
        }
    }

    /** Attaches the themes each project names as evidence, once the plans they come from are loaded. */
    int attachThemes(JsonArray projectList, Map<String, CoDesignProject> projects) {
        int attached = 0;
        try {
            for (JsonObject p : projectList == null ? List.<JsonObject>of() : projectList.getValuesAs(JsonObject.class)) {
                JsonArray themes = p.getJsonArray("themes");
                if (themes == null) {
                    continue;
                }
                long id = projects.get(p.getString("name")).id();
                List<ThemeView> now = as(() -> codesign.themes(id));
                for (JsonObject t : themes.getValuesAs(JsonObject.class)) {
                    Theme.Key key = new Theme.Key(ThemeKind.valueOf(t.getString("kind")), t.getString("framework"),
                            t.getString("category"), t.getString("locality"));
                    if (now.stream().noneMatch(v -> v.key().equals(key) && v.attached())) {
                        as(() -> { codesign.attachTheme(id, key, t.getString("note", null)); return null; });
                        attached++;
                    }
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("A demo theme could not be attached: " + e.getMessage(), e);
        }
        return attached;
    }

    private static <T> T as(Callable<T> work) throws Exception {
        return SystemTasks.runAs(FACILITATOR, work);
    }
}
