package org.coplan.shared;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The community offers that co-design projects made, as plans see them. Plans depend on this,
 * not on the co-design package, so the two levels stay apart; co-design implements it.
 */
public interface CommunityOffers {

    /** An offer as a plan shows it: what it is, where, and which project made it. */
    record OfferRef(long id, String name, long projectId, String projectName, ServiceArea serviceArea, String locality,
                    boolean open) {
    }

    Optional<OfferRef> find(long offerId);

    Map<Long, OfferRef> find(Collection<Long> offerIds);
}
