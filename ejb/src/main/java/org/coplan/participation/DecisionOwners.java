package org.coplan.participation;

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
     * What a user may do with one owner's decisions.
     *
     * @param ladderId the ladder of the plan or project, on which its decisions sit
     * @param mayRecord whether the user may record and change decisions
     * @param rateOnBehalf whether the user may record the rating the person or a family member gave (staff)
     * @param rateAsPartner whether the user may rate decisions themselves, as a partner with lived experience
     */
    record OwnerAccess(long ladderId, boolean mayRecord, boolean rateOnBehalf, boolean rateAsPartner) {
    }
}
