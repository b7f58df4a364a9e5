package org.coplan.codesign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.coplan.shared.CommunityOffers;

/**
 * Community offers as plans see them. Plans reach offers only through this, so the plan package
 * never depends on co-design; it checks nothing itself, because the plan service that calls it
 * has already checked the caller's right to the plan.
 */
@ApplicationScoped
public class OfferCatalogue implements CommunityOffers {

    @Inject
    ProjectRepository projects;

    @Override
    public Optional<OfferRef> find(long offerId) {
        return Optional.ofNullable(find(Set.of(offerId)).get(offerId));
    }

    @Override
    public Map<Long, OfferRef> find(Collection<Long> offerIds) {
        return projects.offers(offerIds).stream().collect(Collectors.toMap(CommunityOffer::id, OfferCatalogue::ref));
    }

    static OfferRef ref(CommunityOffer o) {
        return new OfferRef(o.id(), o.name(), o.project().id(), o.project().name(), o.serviceArea(), o.locality(), o.open());
    }
}
