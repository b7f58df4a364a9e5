package org.coplan.supportplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.coplan.people.CaseloadSearch;
import org.coplan.people.Person;
import org.coplan.shared.Page;
import org.coplan.shared.PageRequest;
import org.coplan.shared.ServiceArea;
import org.coplan.supportplan.sections.SectionKey;

/** Queries on support plans, nothing else. Each returns what its page shows in a fixed number of statements. */
@ApplicationScoped
public class SupportPlanRepository {

    private static final String PLAN_GRAPH = "SELECT s FROM SupportPlan s JOIN FETCH s.person p JOIN FETCH p.team "
            + "JOIN FETCH s.ladder ";

    @PersistenceContext(unitName = "coplan")
    EntityManager em;

    /**
     * One page of the people allocated to the given teams, each with their current plan: two
     * statements, whatever the page size.
     */
    public Page<CaseloadEntry> caseload(Set<Long> teamIds, PageRequest page, CaseloadOrder order, CaseloadSearch search,
                                        LocalDate overdueBefore) {
        if (teamIds.isEmpty()) {
            return Page.empty(page.first(), page.size());
        }
        // The WHERE clause is put together from fixed texts; what the user typed only ever travels as a parameter.
        // An anonymised record (org.coplan.retention) is no one's case any more.
        String where = "p.team.id IN :teams AND p.anonymisedOn IS NULL";
        if (search.dateOfBirth() != null) {
            where += " AND p.dateOfBirth = :born";
        } else if (!search.everyone()) {
            where += " AND (LOWER(CONCAT(p.givenName, ' ', p.familyName)) LIKE :text ESCAPE '\\' "
                    + "OR LOWER(p.reference) LIKE :text ESCAPE '\\' OR LOWER(p.preferredName) LIKE :text ESCAPE '\\')";
        }
        if (overdueBefore != null) {
            where += " AND s.nextReviewDue < :overdue AND s.status <> org.coplan.supportplan.PlanStatus.CLOSED";
        }
        String from = " FROM Person p JOIN p.team t LEFT JOIN SupportPlan s ON s.currentForPerson = p.id WHERE ";
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p)" + from + where, Long.class);
        TypedQuery<CaseloadEntry> rows = em.createQuery("SELECT new org.coplan.supportplan.CaseloadEntry(p.id, p.reference, "
                        + "p.givenName, p.familyName, p.dateOfBirth, t.name, s.id, s.status, s.nextReviewDue)"
                        + from + where + " ORDER BY " + order.jpql(), CaseloadEntry.class);
        for (TypedQuery<?> query : List.of(count, rows)) {
            query.setParameter("teams", teamIds);
            if (search.dateOfBirth() != null) {
                query.setParameter("born", search.dateOfBirth());
            } else if (!search.everyone()) {
                query.setParameter("text", search.likePattern());
            }
            if (overdueBefore != null) {
                query.setParameter("overdue", overdueBefore);
            }
        }
        long total = count.getSingleResult();
        List<CaseloadEntry> found = rows.setFirstResult(page.first()).setMaxResults(page.size()).getResultList();
        return new Page<>(found, total, page.first(), page.size());
    }

    /** A plan with its person, the person's team and the ladder, in one statement. */
    public Optional<SupportPlan> findWithPersonAndLadder(long planId) {
        return em.createQuery(PLAN_GRAPH + "WHERE s.id = :id", SupportPlan.class)
                .setParameter("id", planId)
                .getResultStream()
                .findFirst();
    }

    public List<SupportPlan> plansOfPerson(long personId) {
        return em.createQuery(PLAN_GRAPH + "WHERE p.id = :person ORDER BY s.id", SupportPlan.class)
                .setParameter("person", personId)
                .getResultList();
    }

    public Optional<SupportPlan> currentPlanOf(long personId) {
        return em.createQuery(PLAN_GRAPH + "WHERE s.currentForPerson = :person", SupportPlan.class)
                .setParameter("person", personId)
                .getResultStream()
                .findFirst();
    }

    public Optional<Person> person(long personId) {
        return em.createQuery("SELECT p FROM Person p JOIN FETCH p.team WHERE p.id = :id", Person.class)
                .setParameter("id", personId)
                .getResultStream()
                .findFirst();
    }

    public List<PlanVersion> versions(long planId) {
        return em.createQuery("SELECT v FROM PlanVersion v WHERE v.plan.id = :plan ORDER BY v.number", PlanVersion.class)
                .setParameter("plan", planId)
                .getResultList();
    }

    public List<SectionRecord> sections(Collection<Long> versionIds) {
        return em.createQuery("SELECT r FROM SectionRecord r WHERE r.version.id IN :versions", SectionRecord.class)
                .setParameter("versions", versionIds)
                .getResultList();
    }

    public List<SignOff> signOffs(long versionId) {
        return em.createQuery("SELECT o FROM SignOff o WHERE o.version.id = :v ORDER BY o.id", SignOff.class)
                .setParameter("v", versionId)
                .getResultList();
    }

    public List<PlanReview> reviews(long planId) {
        return em.createQuery("SELECT r FROM PlanReview r WHERE r.plan.id = :plan ORDER BY r.heldOn DESC, r.id DESC",
                        PlanReview.class)
                .setParameter("plan", planId)
                .getResultList();
    }

    /** These reviews with their plans, people, teams and ladders, in one statement. */
    public List<PlanReview> reviews(Collection<Long> reviewIds) {
        if (reviewIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT r FROM PlanReview r JOIN FETCH r.plan s JOIN FETCH s.person p JOIN FETCH p.team "
                        + "JOIN FETCH s.ladder WHERE r.id IN :ids", PlanReview.class)
                .setParameter("ids", reviewIds)
                .getResultList();
    }

    public Optional<PlanReview> review(long reviewId) {
        return reviews(List.of(reviewId)).stream().findFirst();
    }

    public List<Measure> measures(long planId) {
        return em.createQuery("SELECT m FROM Measure m WHERE m.plan.id = :plan ORDER BY m.outcomeKey, m.takenOn, m.id",
                        Measure.class)
                .setParameter("plan", planId)
                .getResultList();
    }

    public List<Consent> consents(long planId) {
        return em.createQuery("SELECT c FROM Consent c WHERE c.plan.id = :plan ORDER BY c.purpose, c.givenOn, c.id",
                        Consent.class)
                .setParameter("plan", planId)
                .getResultList();
    }

    /**
     * Current drafts in these teams that the person (or representative) and the practitioner have
     * signed on the current revision and that no manager has signed yet.
     */
    public List<PlanVersion> draftsAwaitingManager(Set<Long> teamIds) {
        if (teamIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT v FROM PlanVersion v JOIN FETCH v.plan s JOIN FETCH s.person p JOIN FETCH p.team t "
                        + "JOIN FETCH s.ladder WHERE t.id IN :teams AND v.status = org.coplan.supportplan.PlanStatus.DRAFT "
                        + "AND EXISTS (SELECT o FROM SignOff o WHERE o.version = v AND o.atRevision = v.revision "
                        + "  AND o.signer = org.coplan.supportplan.Signer.PRACTITIONER) "
                        + "AND EXISTS (SELECT o FROM SignOff o WHERE o.version = v AND o.atRevision = v.revision "
                        + "  AND o.signer IN (org.coplan.supportplan.Signer.PERSON, org.coplan.supportplan.Signer.REPRESENTATIVE)) "
                        + "AND NOT EXISTS (SELECT o FROM SignOff o WHERE o.version = v AND o.atRevision = v.revision "
                        + "  AND o.signer = org.coplan.supportplan.Signer.MANAGER) "
                        + "ORDER BY v.lastSavedAt", PlanVersion.class)
                .setParameter("teams", teamIds)
                .getResultList();
    }

    private static final String CATEGORIES = "SELECT f.code, f.name, c.code, c.name, c.category_group "
            + "FROM outcome_category c JOIN outcome_framework f ON f.id = c.framework_id "
            + "WHERE f.audience = ?1 AND c.retired = FALSE ORDER BY f.code, c.ordinal";

    /** The outcome categories offered for adults' or children's plans (reference data). */
    public List<OutcomeCategory> outcomeCategories(boolean child) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(CATEGORIES).setParameter(1, child ? "CHILDREN" : "ADULTS").getResultList();
        return rows.stream().map(r -> new OutcomeCategory((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4])).toList();
    }

    /**
     * The sections themes are made from (outcomes, actions, risks, strengths) of the latest
     * version of every open plan in a service area whose consent to co-design themes stands
     * today, with the person's id and their team's locality. Consent is read from the
     * database each time, so a withdrawal counts from the moment it is saved.
     */
    public List<Object[]> themeSections(ServiceArea area, LocalDate today) {
        return em.createQuery("SELECT r, p.id, t.locality FROM SectionRecord r JOIN r.version v JOIN v.plan sp "
                        + "JOIN sp.person p JOIN p.team t WHERE t.serviceArea = :area AND sp.closedAt IS NULL "
                        + "AND v.number = sp.currentVersionNo AND r.sectionKey IN :keys AND EXISTS (SELECT c.id FROM Consent c "
                        + "WHERE c.plan = sp AND c.purpose = :purpose AND c.withdrawnAt IS NULL AND c.givenOn <= :today)",
                        Object[].class)
                .setParameter("area", area)
                .setParameter("keys", List.of(SectionKey.OUTCOMES.path(), SectionKey.ACTIONS.path(), SectionKey.RISKS.path(),
                        SectionKey.STRENGTHS.path()))
                .setParameter("purpose", ConsentPurpose.CODESIGN_THEMES)
                .setParameter("today", today)
                .getResultList();
    }

    /** Every outcome category of every framework, adults' and children's. */
    public List<OutcomeCategory> allOutcomeCategories() {
        List<OutcomeCategory> all = new java.util.ArrayList<>(outcomeCategories(false));
        all.addAll(outcomeCategories(true));
        return all;
    }

    /** Records which community offers a plan version's actions use, in place of what it used before. */
    public void replaceOfferUses(long versionId, Set<Long> offerIds) {
        em.createNativeQuery("DELETE FROM plan_offer_use WHERE plan_version_id = ?1").setParameter(1, versionId).executeUpdate();
        for (Long offerId : offerIds) {
            em.createNativeQuery("INSERT INTO plan_offer_use (plan_version_id, offer_id) VALUES (?1, ?2)")
                    .setParameter(1, versionId).setParameter(2, offerId).executeUpdate();
        }
    }

    /** A new draft uses the offers its version was copied from. */
    public void copyOfferUses(long fromVersionId, long toVersionId) {
        em.createNativeQuery("INSERT INTO plan_offer_use (plan_version_id, offer_id) SELECT ?1, offer_id FROM plan_offer_use "
                + "WHERE plan_version_id = ?2").setParameter(1, toVersionId).setParameter(2, fromVersionId).executeUpdate();
    }

    /** How many open plans use each community offer in their latest version, by offer id; in one statement. */
    public Map<Long, Long> offerUseCounts() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT u.offer_id, COUNT(DISTINCT sp.id) FROM plan_offer_use u "
                + "JOIN plan_version v ON v.id = u.plan_version_id "
                + "JOIN support_plan sp ON sp.id = v.plan_id AND sp.current_version_no = v.version_no "
                + "WHERE sp.closed_at IS NULL GROUP BY u.offer_id").getResultList();
        Map<Long, Long> counts = new java.util.HashMap<>();
        rows.forEach(r -> counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return counts;
    }

    /** When the user last looked at the plan in the portal, if ever. */
    public Optional<Instant> lastLook(long userId, long planId) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery("SELECT looked_at FROM portal_look WHERE user_id = ?1 AND plan_id = ?2")
                .setParameter(1, userId).setParameter(2, planId).getResultList();
        return rows.stream().findFirst().map(SupportPlanRepository::instant);
    }

    /** Records that the user looked at the plan now. */
    public void look(long userId, long planId, Instant at) {
        int updated = em.createNativeQuery("UPDATE portal_look SET looked_at = ?3 WHERE user_id = ?1 AND plan_id = ?2")
                .setParameter(1, userId).setParameter(2, planId).setParameter(3, java.sql.Timestamp.from(at)).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("INSERT INTO portal_look (user_id, plan_id, looked_at) VALUES (?1, ?2, ?3)")
                    .setParameter(1, userId).setParameter(2, planId).setParameter(3, java.sql.Timestamp.from(at)).executeUpdate();
        }
    }

    private static Instant instant(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof java.time.LocalDateTime l) {
            return java.sql.Timestamp.valueOf(l).toInstant();
        }
        if (value instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("Not a moment: " + value);
    }

    public List<PortalSay> says(long planId) {
        return em.createQuery("SELECT s FROM PortalSay s WHERE s.plan.id = :p ORDER BY s.saidAt DESC, s.id DESC", PortalSay.class)
                .setParameter("p", planId)
                .getResultList();
    }

    public <T> T find(Class<T> type, long id) {
        return em.find(type, id);
    }

    public void add(Object entity) {
        em.persist(entity);
    }

    public void flush() {
        em.flush();
    }
}
