package org.coplan.web.people;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coplan.portal.PortalLinkDraft;
import org.coplan.portal.PortalRelationship;
import org.coplan.portal.PortalService;
import org.coplan.portal.PortalViews.LinkView;
import org.coplan.shared.BusinessException;
import org.coplan.supportplan.sections.SectionKey;
import org.coplan.web.FormMessages;

/**
 * The portal-links part of /people/person.xhtml: who can see the person's plan in the
 * families' portal, and (for the person's practitioners) linking and ending links.
 */
@Named
@ViewScoped
public class PortalLinksBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Set<String> FIELDS = Set.of("familyUsername", "relationship", "sections", "personWishes", "childView");

    @Inject
    transient PortalService portal;

    @Inject
    PersonBacking page;

    private List<LinkView> links;
    private String familyUsername;
    private String relationship = "";
    private List<String> sections = new ArrayList<>();
    private String personWishes;
    private String childView;
    private final Map<Long, String> endReasons = new HashMap<>();

    public List<LinkView> getLinks() {
        if (links == null) {
            links = page.getPerson() == null ? List.of() : portal.linksOf(page.getPerson().id());
        }
        return links;
    }

    public String link() {
        Set<SectionKey> chosen = EnumSet.noneOf(SectionKey.class);
        (sections == null ? List.<String>of() : sections).forEach(p -> SectionKey.fromPath(p).ifPresent(chosen::add));
        try {
            portal.link(page.getPerson().id(), new PortalLinkDraft(familyUsername,
                    relationship == null || relationship.isBlank() ? null : PortalRelationship.valueOf(relationship), chosen,
                    personWishes, childView));
            return FormMessages.doneThenShow("links.linked", "/people/person", page.getPerson().id());
        } catch (BusinessException refused) {
            FormMessages.refused("linkForm", FIELDS, refused);
            return null;
        }
    }

    public String end(long linkId) {
        try {
            portal.end(linkId, endReasons.get(linkId));
            return FormMessages.doneThenShow("links.endedDone", "/people/person", page.getPerson().id());
        } catch (BusinessException refused) {
            FormMessages.refused(null, Set.of(), refused);
            return null;
        }
    }

    /** A moment as the council's clock shows it. */
    public String when(java.time.Instant at) {
        return org.coplan.web.DatesInput.when(at);
    }

    public PortalRelationship[] getRelationships() {
        return PortalRelationship.values();
    }

    public SectionKey[] getSectionKeys() {
        return SectionKey.values();
    }

    public String getFamilyUsername() {
        return familyUsername;
    }

    public void setFamilyUsername(String familyUsername) {
        this.familyUsername = familyUsername;
    }

    public String getRelationship() {
        return relationship;
    }

    public void setRelationship(String relationship) {
        this.relationship = relationship;
    }

    public List<String> getSections() {
        return sections;
    }

    public void setSections(List<String> sections) {
        this.sections = sections;
    }

    public String getPersonWishes() {
        return personWishes;
    }

    public void setPersonWishes(String personWishes) {
        this.personWishes = personWishes;
    }

    public String getChildView() {
        return childView;
    }

    public void setChildView(String childView) {
        this.childView = childView;
    }

    public Map<Long, String> getEndReasons() {
        return endReasons;
    }
}
