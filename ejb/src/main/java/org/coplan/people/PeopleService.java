package org.coplan.people;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.coplan.audit.Audited;
import org.coplan.audit.RecordId;
import org.coplan.security.Callers;
import org.coplan.security.CurrentUser;
import org.coplan.shared.CouncilTime;
import org.coplan.shared.RecordNotFoundException;

/**
 * The only way in to people's records. Every method checks the caller's right to the very
 * record it returns, and every call is audited by the interceptor.
 */
@Stateless
public class PeopleService {

    @Inject
    PeopleRepository people;

    @Inject
    Callers callers;

    /**
     * One person's record. A person who does not exist and a person the caller may not see
     * give the same answer, and both are audited as denied.
     */
    @Audited(action = "person.view", recordType = "Person")
    public PersonDetails person(@RecordId long personId) {
        CurrentUser me = callers.current();
        return people.findWithTeam(personId)
                .filter(p -> me.mayViewPeopleOfTeam(p.team().id()))
                .map(p -> PersonDetails.of(p, CouncilTime.today()))
                .orElseThrow(() -> new RecordNotFoundException("Person", personId));
    }

    /** The teams the caller works in, for headings and filters. */
    @Audited(action = "teams.view", recordType = "Team", purpose = "administration")
    public List<TeamSummary> myTeams() {
        CurrentUser me = callers.current();
        return people.teams(me.teamIds()).stream()
                .map(t -> new TeamSummary(t.id(), t.name(), t.serviceArea().name(), t.locality()))
                .toList();
    }
}
