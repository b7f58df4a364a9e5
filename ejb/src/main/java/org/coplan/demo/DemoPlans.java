package org.coplan.demo;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.coplan.participation.DecisionDraft;
import org.coplan.participation.DecisionOwner;
import org.coplan.participation.DecisionParty;
import org.coplan.participation.DecisionRule;
import org.coplan.participation.DecisionService;
import org.coplan.participation.Standing;
import org.coplan.people.Person;
import org.coplan.security.SystemTasks;
import org.coplan.security.UserAccount;
import org.coplan.supportplan.Chaired;
import org.coplan.supportplan.ConsentDraft;
import org.coplan.supportplan.ConsentPurpose;
import org.coplan.supportplan.HowGiven;
import org.coplan.supportplan.MeasureDraft;
import org.coplan.supportplan.ReviewDraft;
import org.coplan.supportplan.SignOffDraft;
import org.coplan.supportplan.SignOffRule;
import org.coplan.supportplan.Signer;
import org.coplan.supportplan.SupportPlanService;
import org.coplan.supportplan.sections.PlanSection;
import org.coplan.supportplan.sections.SectionJson;
import org.coplan.supportplan.sections.SectionKey;

/**
 * The demo council's plans, written the way practitioners write them: through the plan
 * service, as the person's practitioner (and the team manager where a manager signs), so every
 * section is validated and every step audited. Content comes from demo-plans.json.
 */
@ApplicationScoped
public class DemoPlans {

    private static final String MANAGER = "morgan.manager";

    @EJB
    SupportPlanService plans;

    @EJB
    DecisionService decisions;

    @PersistenceContext(unitName = "coplan")
    EntityManager em;

    /** The community offers by name, for actions the demo file gives an "offer" by name. */
    private Map<String, Long> offers = Map.of();

    /** Loads the plan of each person who has none, or whose plan has nothing written in it yet. */
    int load(JsonObject file, Map<String, Person> people, Map<String, UserAccount> users, Map<String, Integer> reviewDueInDays,
             Map<String, Long> offers, LocalDate today) {
        this.offers = offers;
        int loaded = 0;
        for (JsonObject p : file.getJsonArray("plans").getValuesAs(JsonObject.class)) {
            Person person = people.get(p.getString("person"));
            if (person == null || person.allocatedWorkerId() == null) {
                continue;
            }
            String worker = users.values().stream().filter(u -> u.id().equals(person.allocatedWorkerId())).findFirst()
                    .orElseThrow().username();
            Long planId = currentPlanWithoutContent(person);
            if (planId == null) {
                continue;
            }
            long id;
            try {
                id = planId == 0 ? as(worker, () -> plans.startPlan(person.id())) : planId;
                write(id, p, worker, users.get(worker).displayName(), today);
            } catch (Exception e) {
                throw new IllegalStateException("Demo plan of " + p.getString("person") + " was refused: " + e.getMessage(), e);
            }
            Integer dueIn = reviewDueInDays.get(p.getString("person"));
            if (dueIn != null) {
                // The demo is loaded in one go today; its review dates are set as the demo file says,
                // so that some reviews are always overdue and others coming up.
                em.createNativeQuery("UPDATE support_plan SET next_review_due = ?1 WHERE id = ?2 AND status <> 'CLOSED' "
                                + "AND status <> 'DRAFT'")
                        .setParameter(1, today.plusDays(dueIn)).setParameter(2, id).executeUpdate();
            }
            loaded++;
        }
        return loaded;
    }

    /** 0 when the person has no plan, the plan's id when its only version is still empty, null when it has content. */
    private Long currentPlanWithoutContent(Person person) {
        List<?> rows = em.createNativeQuery("SELECT s.id FROM support_plan s WHERE s.current_for_person = ?1")
                .setParameter(1, person.id()).getResultList();
        if (rows.isEmpty()) {
            return 0L;
        }
        long id = ((Number) rows.get(0)).longValue();
        long written = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM plan_section ps JOIN plan_version v "
                        + "ON v.id = ps.plan_version_id WHERE v.plan_id = ?1 AND ps.section_key = 'about-me' AND ps.body <> ?2")
                .setParameter(1, id).setParameter(2, SectionJson.write(PlanSection.empty(SectionKey.ABOUT_ME)))
                .getSingleResult()).longValue();
        return written == 0 ? id : null;
    }

    private void write(long planId, JsonObject p, String worker, String workerName, LocalDate today) throws Exception {
        String state = p.getString("state");
        List<JsonObject> reviews = p.containsKey("reviews") ? p.getJsonArray("reviews").getValuesAs(JsonObject.class) : List.of();
        int firstReviewDaysAgo = reviews.stream().mapToInt(r -> r.getInt("daysAgo")).max().orElse(30);
        writeSections(planId, 1, p.getJsonObject("v1"), worker, today);
        if (!state.equals("DRAFT")) {
            signAndAgree(planId, 1, p, worker, workerName, today.minusDays(firstReviewDaysAgo + 300L));
        }
        for (JsonObject m : p.containsKey("measures") ? p.getJsonArray("measures").getValuesAs(JsonObject.class) : List.<JsonObject>of()) {
            for (JsonObject r : m.getJsonArray("readings").getValuesAs(JsonObject.class)) {
                MeasureDraft reading = new MeasureDraft(m.getString("outcomeKey"), today.minusDays(r.getInt("daysAgo")),
                        r.getInt("score"), r.getString("note", null));
                as(worker, () -> { plans.recordMeasure(planId, reading); return null; });
            }
        }
        if (!state.equals("DRAFT") && !state.equals("AGREED")) {
            for (JsonObject r : reviews.stream().sorted((a, b) -> b.getInt("daysAgo") - a.getInt("daysAgo")).toList()) {
                record(planId, r, p, workerName, today, worker);
            }
            if (p.containsKey("v2") && as(worker, () -> plans.plan(planId)).currentVersionNo() == 2) {
                writeSections(planId, 2, p.getJsonObject("v2"), worker, today);
                if (state.equals("REVIEWED")) {
                    signAndAgree(planId, 2, p, worker, workerName, today.minusDays(10));
                }
            }
        }
        for (JsonObject c : p.containsKey("consents") ? p.getJsonArray("consents").getValuesAs(JsonObject.class) : List.<JsonObject>of()) {
            ConsentDraft consent = new ConsentDraft(ConsentPurpose.valueOf(c.getString("purpose")), c.getString("agency", null),
                    c.getString("givenBy"), today.minusDays(c.getInt("daysAgo")), HowGiven.valueOf(c.getString("how")));
            long consentId = as(worker, () -> plans.recordConsent(planId, consent));
            if (c.containsKey("withdrawnDaysAgo")) {
                as(worker, () -> { plans.withdrawConsent(planId, consentId, "Withdrawn at the person's request."); return null; });
            }
        }
        if (state.equals("CLOSED")) {
            as(worker, () -> { plans.close(planId, p.getString("closedReason", "The plan came to an end.")); return null; });
        }
    }

    private void writeSections(long planId, int versionNo, JsonObject sections, String worker, LocalDate today) throws Exception {
        for (SectionKey key : SectionKey.values()) {
            JsonObject body = sections.getJsonObject(key.path());
            if (body == null) {
                continue;
            }
            String json = (key == SectionKey.ACTIONS ? datedActions(body, today) : body).toString();
            as(worker, () -> {
                long revision = plans.version(planId, versionNo).version().revision();
                return plans.saveSection(planId, versionNo, revision, SectionJson.read(key, json));
            });
        }
    }

    /**
     * The demo file gives action dates as days from today, so the demo never goes stale, and a
     * community offer by its name.
     */
    private JsonObject datedActions(JsonObject body, LocalDate today) {
        var items = Json.createArrayBuilder();
        for (JsonObject a : body.getJsonArray("items").getValuesAs(JsonObject.class)) {
            JsonObjectBuilder item = Json.createObjectBuilder();
            a.forEach((k, v) -> {
                if (!k.equals("byWhenInDays") && !k.equals("offer")) {
                    item.add(k, v);
                }
            });
            if (a.containsKey("offer")) {
                Long offer = offers.get(a.getString("offer"));
                if (offer == null) {
                    throw new IllegalStateException("No demo community offer named " + a.getString("offer"));
                }
                item.add("offerId", offer);
            }
            if (a.containsKey("byWhenInDays")) {
                item.add("byWhen", today.plusDays(a.getInt("byWhenInDays")).toString());
            }
            items.add(item);
        }
        return Json.createObjectBuilder().add("items", items).build();
    }

    private void signAndAgree(long planId, int versionNo, JsonObject p, String worker, String workerName, LocalDate signedOn)
            throws Exception {
        JsonObject by = p.getJsonObject("signedBy");
        long revision = as(worker, () -> plans.version(planId, versionNo).version().revision());
        SignOffDraft person = new SignOffDraft(Signer.valueOf(by.getString("standing")), by.getString("name"), signedOn,
                HowGiven.valueOf(by.getString("how")));
        as(worker, () -> { plans.recordSignOff(planId, versionNo, revision, person); return null; });
        as(worker, () -> {
            plans.recordSignOff(planId, versionNo, revision, new SignOffDraft(Signer.PRACTITIONER, workerName, signedOn, HowGiven.IN_PERSON));
            return null;
        });
        if (as(worker, () -> plans.version(planId, versionNo)).stillNeeded().contains(SignOffRule.Needed.MANAGER)) {
            as(MANAGER, () -> {
                plans.recordSignOff(planId, versionNo, revision, new SignOffDraft(Signer.MANAGER, "Morgan Manager", signedOn, HowGiven.IN_PERSON));
                return null;
            });
        }
        as(worker, () -> { plans.agree(planId, versionNo, revision); return null; });
        // Agreement is dated today by the service; the demo's history says it happened earlier.
        em.createNativeQuery("UPDATE plan_version SET agreed_on = ?1 WHERE plan_id = ?2 AND version_no = ?3")
                .setParameter(1, signedOn).setParameter(2, planId).setParameter(3, versionNo).executeUpdate();
    }

    private void record(long planId, JsonObject r, JsonObject p, String workerName, LocalDate today, String worker) throws Exception {
        LocalDate heldOn = today.minusDays(r.getInt("daysAgo"));
        ReviewDraft review = new ReviewDraft(heldOn, r.getString("attendees"), Chaired.valueOf(r.getString("chaired")),
                r.getString("working"), r.getString("notWorking"), r.getString("ownWords", ""), r.getString("disagreements", ""),
                null);
        long reviewId = as(worker, () -> plans.recordReview(planId, review));
        JsonObject d = r.getJsonObject("decision");
        if (d == null || d.getValueType() == JsonValue.ValueType.NULL) {
            return;
        }
        String personName = p.getJsonObject("signedBy").getString("name");
        Standing personStanding = p.getJsonObject("signedBy").getString("standing").equals("PERSON") ? Standing.PERSON : Standing.FAMILY_CARER;
        boolean changed = d.getBoolean("changedByPerson", false);
        String how = d.getString("howChanged", "");
        DecisionDraft draft = new DecisionDraft(d.getString("question"), List.of(d.getString("outcome")), d.getString("outcome"),
                new DecisionParty(personName, personStanding),
                List.of(new DecisionParty(personName, personStanding), new DecisionParty(workerName, Standing.PRACTITIONER)),
                List.of(new DecisionParty(personName, personStanding), new DecisionParty(workerName, Standing.PRACTITIONER)),
                DecisionRule.DECIDED_JOINTLY, null, null, changed,
                changed ? (r.getString("ownWords", "").isBlank() ? how : r.getString("ownWords")) : null,
                changed ? how : null, heldOn, heldOn.plusDays(7).isAfter(today) ? null : heldOn.plusDays(7));
        as(worker, () -> decisions.record(DecisionOwner.review(reviewId), draft));
    }

    private static <T> T as(String username, Callable<T> work) throws Exception {
        return SystemTasks.runAs(username, work);
    }
}
