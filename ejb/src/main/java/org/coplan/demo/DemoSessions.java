package org.coplan.demo;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.coplan.codesign.Attendee;
import org.coplan.codesign.CoDesignProject;
import org.coplan.codesign.CoDesignService;
import org.coplan.codesign.MethodDetail;
import org.coplan.codesign.PledgeStatus;
import org.coplan.codesign.SessionMethod;
import org.coplan.participation.Standing;
import org.coplan.security.SystemTasks;
import org.coplan.security.UserAccount;

/**
 * The demo projects' sessions, pledges, hours and payments, run the way a facilitator runs them:
 * through the co-design service as the project's facilitator, so every rule and audit applies.
 */
@ApplicationScoped
public class DemoSessions {

    private static final String FACILITATOR = "fran.facilitator";

    @EJB
    CoDesignService codesign;

    @PersistenceContext(unitName = "coplan")
    EntityManager em;

    /** Loads a project's sessions and hours only when it has none yet. */
    int load(JsonObject council, Map<String, CoDesignProject> projects, Map<String, UserAccount> users, LocalDate today) {
        JsonArray sessions = council.getJsonArray("sessions");
        if (sessions == null) {
            return 0;
        }
        int loaded = 0;
        try {
            for (JsonObject s : sessions.getValuesAs(JsonObject.class)) {
                CoDesignProject project = projects.get(s.getString("project"));
                if (project == null || hasSessions(project.id(), s)) {
                    continue;
                }
                loaded += session(project.id(), s, users, today);
            }
            JsonArray contributions = council.getJsonArray("contributions");
            for (JsonObject c : contributions == null ? List.<JsonObject>of() : contributions.getValuesAs(JsonObject.class)) {
                long projectId = projects.get(c.getString("project")).id();
                if (count(CONTRIBUTIONS, projectId) >= countIn(contributions, c)) {
                    continue;
                }
                long member = users.get(c.getString("member")).id();
                Integer rate = c.containsKey("ratePence") ? c.getInt("ratePence") : null;
                LocalDate claimed = c.containsKey("claimedDaysAgo") ? today.minusDays(c.getInt("claimedDaysAgo")) : null;
                long id = as(() -> codesign.recordContribution(projectId, member, today.minusDays(c.getInt("daysAgo")),
                        c.getInt("minutes"), rate, claimed));
                if (c.containsKey("paidDaysAgo")) {
                    as(() -> { codesign.markPaid(id, today.minusDays(c.getInt("paidDaysAgo"))); return null; });
                }
                loaded++;
            }
        } catch (Exception e) {
            throw new IllegalStateException("A demo session or contribution was refused: " + e.getMessage(), e);
        }
        return loaded;
    }

    private int session(long projectId, JsonObject s, Map<String, UserAccount> users, LocalDate today) throws Exception {
        if (s.containsKey("series")) {
            return as(() -> codesign.planSeries(projectId, s.getString("series"), today.plusDays(s.getInt("firstInDays")))).size();
        }
        SessionMethod method = SessionMethod.valueOf(s.getString("method"));
        LocalDate on = s.containsKey("daysAgo") ? today.minusDays(s.getInt("daysAgo")) : today.plusDays(s.getInt("plannedInDays"));
        long id = as(() -> codesign.planSession(projectId, s.getString("title"), method, on, s.getString("agenda", "")));
        if (s.containsKey("daysAgo")) {
            List<Attendee> attendees = s.getJsonArray("attendees").getValuesAs(JsonArray.class).stream()
                    .map(a -> new Attendee(a.getString(0), Standing.valueOf(a.getString(1)))).toList();
            Object detail = null;
            if (s.containsKey("openSpace")) {
                detail = new MethodDetail.OpenSpace(s.getJsonArray("openSpace").getValuesAs(JsonObject.class).stream()
                        .map(t -> new MethodDetail.Topic(t.getString("title"), t.getString("convener"), t.getString("notes", "")))
                        .toList());
            } else if (s.containsKey("worldCafe")) {
                JsonObject w = s.getJsonObject("worldCafe");
                detail = new MethodDetail.WorldCafe(w.getString("theme"),
                        w.getJsonArray("questions").getValuesAs(JsonString.class).stream().map(JsonString::getString).toList(),
                        w.getInt("tables"), w.getInt("rounds"), w.getString("harvest"));
            }
            Object recorded = detail;
            as(() -> { codesign.recordSession(id, on, attendees, s.getString("agenda", ""), s.getString("outputs", ""), recorded); return null; });
        }
        JsonArray pledges = s.getJsonArray("pledges");
        for (JsonObject p : pledges == null ? List.<JsonObject>of() : pledges.getValuesAs(JsonObject.class)) {
            long member = users.get(p.getString("member")).id();
            LocalDate due = today.plusDays(p.getInt("dueInDays"));
            long pledge = as(() -> codesign.makePledge(id, member, p.getString("what"), due.isBefore(on) ? on : due));
            if (p.containsKey("status")) {
                as(() -> { codesign.followUpPledge(pledge, PledgeStatus.valueOf(p.getString("status")), p.getString("note", null)); return null; });
            }
        }
        return 1;
    }

    private static final String SESSIONS_TITLED = "SELECT COUNT(*) FROM project_session WHERE project_id = ?1 AND title = ?2";
    private static final String CONTRIBUTIONS = "SELECT COUNT(*) FROM contribution WHERE project_id = ?1";

    private boolean hasSessions(long projectId, JsonObject s) {
        String title = s.containsKey("series") ? s.getString("series") + ": session 1 of 6" : s.getString("title");
        return ((Number) em.createNativeQuery(SESSIONS_TITLED).setParameter(1, projectId).setParameter(2, title)
                .getSingleResult()).longValue() > 0;
    }

    private long count(String sql, long projectId) {
        return ((Number) em.createNativeQuery(sql).setParameter(1, projectId).getSingleResult()).longValue();
    }

    private static long countIn(JsonArray contributions, JsonObject c) {
        return contributions.getValuesAs(JsonObject.class).stream()
                .filter(x -> x.getString("project").equals(c.getString("project"))).count();
    }

    private static <T> T as(Callable<T> work) throws Exception {
        return SystemTasks.runAs(FACILITATOR, work);
    }
}
