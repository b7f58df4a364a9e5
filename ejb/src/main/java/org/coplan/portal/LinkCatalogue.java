package org.coplan.portal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.coplan.shared.PortalLinks;
import org.coplan.supportplan.sections.SectionKey;

/**
 * Which sections of whose plan a family user may see, as the plan service asks. It reads the
 * links each time from the database, so an ended link shows nothing from that moment.
 */
@ApplicationScoped
public class LinkCatalogue implements PortalLinks {

    @Inject
    PortalRepository links;

    @Override
    public Map<Long, Set<String>> sectionsByPerson(long familyUserId) {
        Map<Long, Set<SectionKey>> byPerson = new HashMap<>();
        for (PortalLink link : links.activeLinksOf(familyUserId)) {
            byPerson.computeIfAbsent(link.personId(), p -> EnumSet.noneOf(SectionKey.class)).addAll(link.sections());
        }
        Map<Long, Set<String>> paths = new HashMap<>();
        byPerson.forEach((person, keys) -> paths.put(person,
                keys.stream().map(SectionKey::path).collect(java.util.stream.Collectors.toUnmodifiableSet())));
        return paths;
    }

    @Override
    public boolean isThePerson(long familyUserId, long personId) {
        return links.activeLinksOf(familyUserId).stream()
                .anyMatch(l -> l.personId() == personId && l.relationship() == PortalRelationship.THE_PERSON);
    }
}
