package org.coplan.retention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;

/**
 * Deletes or anonymises one person's case record, table by table, inside the caller's
 * transaction (so a failure leaves nothing half-done). What each table holds and what happens to
 * it is written out below, one statement each, so a data-protection officer can read it here.
 *
 * <p>Never touched: {@code audit_event} and {@code audit_seal} (append-only and hash-chained; they
 * hold record ids, user names, actions and codes, never a supported person's name), the person's
 * team, the staff accounts, and a family member's own user account (they may be linked to others;
 * only their link to this person goes). Co-design projects are not part of a person's record.
 */
@ApplicationScoped
public class CaseRecordEraser {

    /** What anonymised names and free text read. */
    static final String ANONYMISED = "Anonymised";

    private static final String PLANS = "(SELECT sp.id FROM support_plan sp WHERE sp.person_id = ?1)";
    private static final String REVIEWS = "(SELECT pr.id FROM plan_review pr JOIN support_plan sp ON sp.id = pr.plan_id"
            + " WHERE sp.person_id = ?1)";
    private static final String VERSIONS = "(SELECT pv.id FROM plan_version pv JOIN support_plan sp ON sp.id = pv.plan_id"
            + " WHERE sp.person_id = ?1)";
    private static final String DECISIONS = "(SELECT d.id FROM decision d WHERE d.support_plan_id IN " + PLANS
            + " OR d.plan_review_id IN " + REVIEWS + ")";
    private static final String DECISION_VERSIONS = "(SELECT dv.id FROM decision_version dv WHERE dv.decision_id IN "
            + DECISIONS + ")";

    /** Every row of the record, children before parents. */
    static final List<String> DELETE = List.of(
            "DELETE FROM decision_option WHERE version_id IN " + DECISION_VERSIONS,
            "DELETE FROM decision_participant WHERE version_id IN " + DECISION_VERSIONS,
            "DELETE FROM decision_decider WHERE version_id IN " + DECISION_VERSIONS,
            "DELETE FROM decision_rating WHERE decision_id IN " + DECISIONS,
            // The participation audit's read model: its counts go down with the decisions.
            "DELETE FROM decision_fact WHERE decision_id IN " + DECISIONS,
            "DELETE FROM decision_version WHERE decision_id IN " + DECISIONS,
            "DELETE FROM decision WHERE support_plan_id IN " + PLANS + " OR plan_review_id IN " + REVIEWS,
            "DELETE FROM plan_section WHERE plan_version_id IN " + VERSIONS,
            "DELETE FROM plan_sign_off WHERE plan_version_id IN " + VERSIONS,
            "DELETE FROM plan_offer_use WHERE plan_version_id IN " + VERSIONS,
            "DELETE FROM plan_version WHERE plan_id IN " + PLANS,
            "DELETE FROM plan_review WHERE plan_id IN " + PLANS,
            "DELETE FROM plan_measure WHERE plan_id IN " + PLANS,
            "DELETE FROM plan_consent WHERE plan_id IN " + PLANS,
            "DELETE FROM portal_say WHERE plan_id IN " + PLANS,
            "DELETE FROM portal_look WHERE plan_id IN " + PLANS,
            "DELETE FROM support_plan WHERE person_id = ?1",
            "DELETE FROM portal_link WHERE person_id = ?1",
            // Only lifted holds can be left: a standing hold stops the removal before it starts.
            "DELETE FROM legal_hold WHERE person_id = ?1",
            "DELETE FROM subject_access_request WHERE person_id = ?1",
            "DELETE FROM person WHERE id = ?1");

    private static final String TEXT = "'" + ANONYMISED + "'";

    private static String blankOrAnonymised(String column) {
        return column + " = CASE WHEN " + column + " IS NULL THEN NULL ELSE " + TEXT + " END";
    }

    /**
     * What feeds the participation audit's figures is kept without names, free text or the day and
     * month of birth; the rest is deleted. Versioned rows get a new version, so an edit opened
     * before is refused as stale instead of writing the old text back.
     */
    static final List<String> ANONYMISE = List.of(
            // Decisions: rung, rule, standings, whether input changed the outcome and the dates stay (decision_fact
            // counts them, untouched); what was asked, said and decided, and by whom by name, goes.
            "DELETE FROM decision_option WHERE version_id IN " + DECISION_VERSIONS,
            "UPDATE decision_participant SET name = " + TEXT + " WHERE version_id IN " + DECISION_VERSIONS,
            "UPDATE decision_decider SET name = " + TEXT + " WHERE version_id IN " + DECISION_VERSIONS,
            "UPDATE decision_rating SET rater_name = " + TEXT + ", comment_text = NULL, rater_user_id = NULL"
                    + " WHERE decision_id IN " + DECISIONS,
            "UPDATE decision_version SET question = " + TEXT + ", outcome = " + TEXT + ", proposer_name = " + TEXT + ", "
                    + blankOrAnonymised("rung_reason") + ", " + blankOrAnonymised("you_said") + ", " + blankOrAnonymised("we_did")
                    + ", " + blankOrAnonymised("change_reason") + " WHERE decision_id IN " + DECISIONS,
            "UPDATE decision SET version = version + 1 WHERE support_plan_id IN " + PLANS + " OR plan_review_id IN " + REVIEWS,
            // Sections: About me (whose words: written_by), strengths and circle (item_count) are counted, so their rows
            // stay with an empty body; the other sections are deleted.
            "UPDATE plan_section SET body = ?2, changed_by = " + TEXT + " WHERE section_key = 'about-me' AND plan_version_id IN "
                    + VERSIONS,
            "UPDATE plan_section SET body = ?3, changed_by = " + TEXT + " WHERE section_key = 'strengths' AND plan_version_id IN "
                    + VERSIONS,
            "UPDATE plan_section SET body = ?4, changed_by = " + TEXT + " WHERE section_key = 'circle' AND plan_version_id IN "
                    + VERSIONS,
            "DELETE FROM plan_section WHERE section_key NOT IN ('about-me', 'strengths', 'circle') AND plan_version_id IN "
                    + VERSIONS,
            // Sign-offs: who signed by standing and when are counted (co-signed by the person); the name goes.
            "UPDATE plan_sign_off SET signer_name = " + TEXT + " WHERE plan_version_id IN " + VERSIONS,
            "UPDATE plan_version SET last_saved_by = " + TEXT + ", revision = revision + 1 WHERE plan_id IN " + PLANS,
            // Reviews: the day and how it was chaired are counted; what was said, and who came, goes.
            "UPDATE plan_review SET attendees = '', working = '', not_working = '', own_words = '', disagreements = '',"
                    + " version = version + 1 WHERE plan_id IN " + PLANS,
            // Not counted anywhere: measures, consents, what the family said and when they looked.
            "DELETE FROM plan_measure WHERE plan_id IN " + PLANS,
            "DELETE FROM plan_consent WHERE plan_id IN " + PLANS,
            "DELETE FROM portal_say WHERE plan_id IN " + PLANS,
            "DELETE FROM portal_look WHERE plan_id IN " + PLANS,
            // plan_offer_use stays: which community offers closed plans used, without any text.
            "UPDATE support_plan SET closed_reason = " + TEXT + ", version = version + 1 WHERE person_id = ?1",
            "DELETE FROM portal_link WHERE person_id = ?1",
            "DELETE FROM legal_hold WHERE person_id = ?1",
            // Subject access requests: the dates received, due and sent stay, to show requests were answered in time;
            // who asked on the person's behalf, and the note, go.
            "UPDATE subject_access_request SET requester_name = NULL, note = NULL, version = version + 1 WHERE person_id = ?1",
            // The person: the row stays for the plans to belong to (team, year of birth), with no name, reference or worker.
            "UPDATE person SET given_name = " + TEXT + ", family_name = 'record', preferred_name = NULL, allocated_worker_id = NULL,"
                    + " reference = CONCAT('ANON-', CAST(id AS VARCHAR(20))), date_of_birth = ?5, looked_after = FALSE,"
                    + " anonymised_on = ?6, version = version + 1 WHERE id = ?1");

    @PersistenceContext(unitName = "coplan")
    EntityManager em;

    /** Deletes the whole record; returns how many rows went. */
    public int delete(long personId) {
        int rows = 0;
        for (String sql : DELETE) {
            rows += em.createNativeQuery(sql).setParameter(1, personId).executeUpdate();
        }
        return rows;
    }

    /** Anonymises the record as {@link #ANONYMISE} says; returns how many rows were changed or deleted. */
    public int anonymise(long personId, LocalDate dateOfBirth, LocalDate today, EmptySections empty) {
        int rows = 0;
        for (String sql : ANONYMISE) {
            var q = em.createNativeQuery(sql).setParameter(1, personId);
            if (sql.contains("?2")) {
                q.setParameter(2, empty.aboutMe());
            }
            if (sql.contains("?3")) {
                q.setParameter(3, empty.strengths());
            }
            if (sql.contains("?4")) {
                q.setParameter(4, empty.circle());
            }
            if (sql.contains("?5")) {
                q.setParameter(5, java.sql.Date.valueOf(dateOfBirth.withDayOfYear(1))).setParameter(6, java.sql.Date.valueOf(today));
            }
            rows += q.executeUpdate();
        }
        return rows;
    }

    /** The JSON of the kept sections once emptied, as the plan's own code writes an empty section. */
    public record EmptySections(String aboutMe, String strengths, String circle) {
    }
}
