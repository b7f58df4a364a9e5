package org.coplan.shared;

import java.util.Map;
import java.util.Set;

/**
 * The people a family user is linked to through the portal, and the plan sections each link
 * lets them see. Plans depend on this, not on the portal package; the portal implements it.
 */
public interface PortalLinks {

    /** Person id to the paths of the sections the user may see, for the user's links that have not ended. */
    Map<Long, Set<String>> sectionsByPerson(long familyUserId);

    /** Whether the user's standing link to this person is the person's own. */
    boolean isThePerson(long familyUserId, long personId);
}
