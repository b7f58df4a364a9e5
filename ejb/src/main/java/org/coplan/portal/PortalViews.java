package org.coplan.portal;

import java.time.Instant;
import java.util.Set;
import org.coplan.supportplan.sections.SectionKey;

/** What the portal service hands to screens and the API: read-only pictures, never entities. */
public final class PortalViews {

    private PortalViews() {
    }

    /** A link as the person's practitioners see it. */
    public record LinkView(long id, String familyName, String familyUsername, PortalRelationship relationship,
                           Set<SectionKey> sections, String personWishes, String childView, String createdBy, Instant createdAt,
                           Instant endedAt, String endedBy, String endReason) {

        public boolean active() {
            return endedAt == null;
        }
    }
}
