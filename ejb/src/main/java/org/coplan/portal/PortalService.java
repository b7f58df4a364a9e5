package org.coplan.portal;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import org.coplan.audit.AuditNote;
import org.coplan.audit.Audited;
import org.coplan.audit.RecordId;
import org.coplan.people.PeopleService;
import org.coplan.people.PersonDetails;
import org.coplan.portal.PortalViews.LinkView;
import org.coplan.security.Callers;
import org.coplan.security.CurrentUser;
import org.coplan.security.Role;
import org.coplan.security.SessionsEnded;
import org.coplan.shared.BusinessException;
import org.coplan.shared.InvalidInputException;
import org.coplan.shared.RecordNotFoundException;

/**
 * The only way in to portal links. A practitioner of the person's team links a family user to
 * the person, naming the sections they may see, and can end the link at once; the person's
 * team sees the links. What a linked user then sees of the plan is the plan service's to give.
 */
@Stateless
public class PortalService {

    @Inject
    PortalRepository links;

    @Inject
    Callers callers;

    @EJB
    PeopleService people;

    @Inject
    Event<SessionsEnded> sessionsEnded;

    /** Links a family user to a person; an earlier link of the same user to the same person ends and this one takes its place. */
    @Audited(action = "portal.link", recordType = "Person", purpose = "portal")
    public long link(@RecordId long personId, PortalLinkDraft draft) {
        CurrentUser me = callers.current();
        PersonDetails person = writableBy(me, personId);
        InvalidInputException.throwIfAny(draft.problems(person.child(), person.age()));
        long familyUser = links.familyUser(draft.familyUsername()).orElseThrow(() -> new BusinessException("familyUsername",
                "There is no family user with the login name '" + draft.familyUsername().strip()
                        + "'. Check the name, or ask the administrator to create the login first."));
        Instant now = Instant.now();
        links.activeLinksOf(familyUser).stream().filter(l -> l.personId() == personId)
                .forEach(l -> l.end(me.username(), "Replaced by a new link", now));
        PortalLink link = new PortalLink(familyUser, personId, draft, me.username(), now);
        links.add(link);
        links.flush();
        AuditNote.current().detail("PortalLink " + link.id() + " for user " + familyUser);
        return link.id();
    }

    /**
     * Ends a link at once: from this moment the family user sees nothing of the person's plan, and
     * once this commits their live web sessions end, so a page they still have open shows nothing more.
     */
    @Audited(action = "portal.link.end", recordType = "PortalLink", purpose = "portal")
    public void end(@RecordId long linkId, String reason) {
        CurrentUser me = callers.current();
        PortalLink link = links.find(linkId);
        if (link == null) {
            throw new RecordNotFoundException("PortalLink", linkId);
        }
        writableBy(me, link.personId());
        link.end(me.username(), reason, Instant.now());
        AuditNote.current().detail("Person " + link.personId());
        links.usernameOf(link.familyUserId()).ifPresent(user -> sessionsEnded.fire(new SessionsEnded(user)));
    }

    /** Every link of a person, ended ones too, for the staff who may see the person. */
    @Audited(action = "portal.links.view", recordType = "Person", purpose = "portal")
    public List<LinkView> linksOf(@RecordId long personId) {
        people.person(personId);
        return links.linksOfPerson(personId).stream().map(row -> {
            PortalLink l = (PortalLink) row[0];
            return new LinkView(l.id(), (String) row[1], (String) row[2], l.relationship(), l.sections(), l.personWishes(),
                    l.childView(), l.createdBy(), l.createdAt(), l.endedAt(), l.endedBy(), l.endReason());
        }).toList();
    }

    /** The person, if the caller is a practitioner of their team; anyone else is told the person is not found. */
    private PersonDetails writableBy(CurrentUser me, long personId) {
        PersonDetails person = people.person(personId);
        if (!me.has(Role.PRACTITIONER) || !me.teamIds().contains(person.teamId())) {
            throw new RecordNotFoundException("Person", personId);
        }
        return person;
    }
}
