package org.coplan.subjectaccess;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.coplan.audit.AuditNote;
import org.coplan.audit.Audited;
import org.coplan.audit.RecordId;
import org.coplan.security.Callers;
import org.coplan.security.CurrentUser;
import org.coplan.security.Role;
import org.coplan.shared.BusinessException;
import org.coplan.shared.CouncilTime;
import org.coplan.shared.InvalidInputException;
import org.coplan.shared.RecordNotFoundException;
import org.coplan.shared.StaleEditException;

/**
 * Subject access for managers: record a request, make the copy, mark it sent. A manager acts
 * only for people of their own teams; for anyone else the answer is the same as for a person
 * who does not exist.
 */
@Stateless
public class SubjectAccessService {

    /** The most requests one list shows. */
    public static final int LIST_MAX = 500;

    /** Actors in the trail that are the system, not a person. */
    private static final Set<String> SYSTEM_ACTORS = Set.of("(not signed in)", "system");

    @Inject
    SubjectAccessRepository repository;

    @Inject
    Callers callers;

    /**
     * Everything CoPlan holds about the person, with other people's details redacted. When the
     * person has an open request, it is marked as produced now.
     */
    @Audited(action = "person.subject-access", recordType = "Person", purpose = "subject access")
    public Disclosure disclose(@RecordId long personId) {
        CurrentUser me = callers.current();
        managerOf(me, personId);
        Map<String, Object> raw = repository.everythingAbout(personId).orElseThrow(() -> new RecordNotFoundException("Person", personId));
        @SuppressWarnings("unchecked")
        Map<String, Object> person = (Map<String, Object>) raw.get("person");

        Set<String> subject = new HashSet<>();
        for (String field : List.of("givenName", "familyName", "preferredName")) {
            if (person.get(field) instanceof String name && !name.isBlank()) {
                subject.add(name);
            }
        }
        subject.add(person.get("givenName") + " " + person.get("familyName"));
        if (person.get("preferredName") instanceof String preferred && !preferred.isBlank()) {
            subject.add(preferred + " " + person.get("familyName"));
        }
        repository.ownAccounts(personId).forEach((login, display) -> {
            subject.add(login);
            subject.add(display);
        });
        Set<String> staff = new HashSet<>(repository.staffNames());
        staff.addAll(SYSTEM_ACTORS);
        Redactor redactor = new Redactor(subject, staff, repository.otherAccounts(personId));
        Map<String, Object> content = redactor.redact(raw);

        Instant now = Instant.now();
        RequestView request = null;
        List<SubjectAccessRequest> open = repository.requestsOf(personId).stream().filter(r -> r.sentOn() == null).toList();
        for (SubjectAccessRequest r : open) {
            r.produced(me.username(), now);
        }
        if (!open.isEmpty()) {
            SubjectAccessRequest first = open.get(0);
            request = RequestView.of(first, (String) person.get("givenName") + " " + person.get("familyName"),
                    (String) person.get("reference"), (String) person.get("teamName"));
        }
        AuditNote.current().detail("copy made: " + redactor.thirdParties() + " third parties, " + redactor.redactions()
                + " redactions" + (request == null ? ", no open request" : ", request " + request.id()));
        return new Disclosure(personId, (String) person.get("reference"), person.get("givenName") + " " + person.get("familyName"),
                now, me.displayName(), request, content, redactor.thirdParties(), redactor.redactions(), Disclosure.NOTES);
    }

    /** Records a request about a person of the manager's teams; its due date is fixed now. */
    @Audited(action = "subject-access.request.record", recordType = "Person", purpose = "subject access")
    public RequestView record(RequestDraft draft) {
        CurrentUser me = callers.current();
        requireManager(me);
        LocalDate today = CouncilTime.today();
        List<org.coplan.shared.FieldProblem> problems = new ArrayList<>(draft.problems(today));
        SubjectAccessRepository.PersonRef person = null;
        if (draft.personReference() != null && !draft.personReference().isBlank()) {
            person = repository.byReference(draft.personReference()).filter(p -> me.teamIds().contains(p.teamId())).orElse(null);
            if (person == null) {
                problems.add(0, new org.coplan.shared.FieldProblem("personReference",
                        "No one in your teams has the reference '" + draft.personReference().strip() + "'. Check the reference."));
            }
        }
        InvalidInputException.throwIfAny(problems);
        Objects.requireNonNull(person);
        AuditNote.current().record(person.id());
        SubjectAccessRequest request = new SubjectAccessRequest(person.id(), draft, me.username(), Instant.now());
        repository.add(request);
        AuditNote.current().detail("request " + request.id() + ", due " + request.dueOn());
        return RequestView.of(request, person.name(), person.reference(), person.teamName());
    }

    /** The requests about people of the manager's teams: open ones first, soonest due first. */
    @Audited(action = "subject-access.requests.view", recordType = "Team", purpose = "subject access")
    public List<RequestView> requests(boolean openOnly) {
        CurrentUser me = callers.current();
        requireManager(me);
        return repository.requests(me.teamIds(), openOnly, LIST_MAX);
    }

    /**
     * Marks a request as answered on the given day. A request is marked once: a second manager
     * who tries is told when it was marked, and nothing changes.
     */
    @Audited(action = "subject-access.request.sent", recordType = "SubjectAccessRequest", purpose = "subject access")
    public void markSent(@RecordId long requestId, LocalDate sentOn) {
        CurrentUser me = callers.current();
        SubjectAccessRequest request = repository.find(requestId);
        if (request == null) {
            throw new RecordNotFoundException("SubjectAccessRequest", requestId);
        }
        managerOf(me, request.personId());
        request.sent(me.username(), sentOn, CouncilTime.today());
        AuditNote.current().detail("Person " + request.personId() + ", sent on " + sentOn);
        try {
            repository.flush();
        } catch (OptimisticLockException changedMeanwhile) {
            throw new StaleEditException("someone else, a moment ago");
        }
    }

    private void managerOf(CurrentUser me, long personId) {
        long team = repository.teamOf(personId).orElseThrow(() -> new RecordNotFoundException("Person", personId));
        if (!me.has(Role.MANAGER) || !me.teamIds().contains(team)) {
            throw new RecordNotFoundException("Person", personId);
        }
    }

    private static void requireManager(CurrentUser me) {
        if (!me.has(Role.MANAGER)) {
            throw new BusinessException("Only managers handle subject access requests.");
        }
    }
}
