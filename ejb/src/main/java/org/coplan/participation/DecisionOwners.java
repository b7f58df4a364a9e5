package org.coplan.participation;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.coplan.security.CurrentUser;

/**
 * Says what a user may do with the decisions of one kind of owner (plans, projects). Each owning
 * package implements it as a CDI bean, so the ledger asks the owner about access without
 * reaching into its data, and without depending on the owning package.
 */
public interface DecisionOwners {

    OwnerType type();

    /** The caller's rights on the owner's decisions; empty when the caller may not see the owner (or it does not exist). */
    Optional<OwnerAccess> access(CurrentUser me, long ownerId);

    /**
     * The caller's rights on several owners' decisions, by owner id, leaving out those the caller
     * may not see. One by one unless the owning package can do better (a plan's reviews are all
     * read in one statement).
     */
    default Map<Long, OwnerAccess> access(CurrentUser me, Collection<Long> ownerIds) {
        Map<Long, OwnerAccess> rights = new HashMap<>();
        for (long id : ownerIds) {
            access(me, id).ifPresent(a -> rights.put(id, a));
        }
        return rights;
    }

    /**
     * What a user may do with one owner's decisions.
     *
     * @param ladderId the ladder of the plan or project, on which its decisions sit
     * @param mayRecord whether the user may record and change decisions
     * @param rateOnBehalf whether the user may record the rating the person or a family member gave (staff)
     * @param rateAsPartner whether the user may rate decisions themselves, with their lived experience
     * @param ownStanding the standing their own rating is recorded with: a project's partner, or (through
     *                    the families' portal) the person or a family member; null when they may not rate
     */
    record OwnerAccess(long ladderId, boolean mayRecord, boolean rateOnBehalf, boolean rateAsPartner, RaterStanding ownStanding) {

        /** Staff access, or a project member's: a member who rates does so as a partner. */
        public OwnerAccess(long ladderId, boolean mayRecord, boolean rateOnBehalf, boolean rateAsPartner) {
            this(ladderId, mayRecord, rateOnBehalf, rateAsPartner, rateAsPartner ? RaterStanding.PARTNER : null);
        }

        /** What a family user linked to the person through the portal may do: read, and rate as themselves. */
        public static OwnerAccess portal(long ladderId, RaterStanding standing) {
            return new OwnerAccess(ladderId, false, false, true, standing);
        }
    }
}
