package org.coplan.supportplan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.coplan.participation.DecisionOwners.OwnerAccess;
import org.coplan.participation.RaterStanding;
import org.coplan.security.CurrentUser;
import org.coplan.shared.PortalLinks;

/**
 * A family user's part in the decisions of a plan they are linked to through the portal: they
 * read them and rate how involved they felt, as the person (a link of the person's own) or as a
 * family member. Only the person's current plan, and only while a link stands.
 */
@ApplicationScoped
public class PortalDecisionAccess {

    @Inject
    PortalLinks links;

    Optional<OwnerAccess> access(CurrentUser me, SupportPlan plan) {
        if (!plan.current() || plan.status() == PlanStatus.CLOSED
                || !links.sectionsByPerson(me.id()).containsKey(plan.person().id())) {
            return Optional.empty();
        }
        RaterStanding standing = links.isThePerson(me.id(), plan.person().id()) ? RaterStanding.PERSON : RaterStanding.FAMILY_MEMBER;
        return Optional.of(OwnerAccess.portal(plan.ladder().id(), standing));
    }
}
