package org.coplan.web.manager;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.coplan.participationaudit.AuditFilter;
import org.coplan.participationaudit.ParticipationAuditService;
import org.coplan.participationaudit.ParticipationAuditService.Drill;
import org.coplan.participationaudit.ParticipationAuditService.DrillItem;
import org.coplan.shared.InvalidInputException;
import org.coplan.shared.RecordNotFoundException;
import org.coplan.web.RecordPages;

/**
 * Backs /manager/audit-drill.xhtml: the decisions, plans, reviews, sessions or contributors
 * behind one figure of the participation audit, with the same filters, within the manager's access.
 */
@Named
@ViewScoped
public class AuditDrillBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ParticipationAuditService audit;

    private String drill;
    private String kind;
    private String group;
    private String band;
    private String team;
    private String serviceArea;
    private String locality;
    private String ladder;
    private String from;
    private String to;
    private List<DrillItem> items;
    private AuditFilter filter;
    private String filterWords;

    public void load() throws IOException {
        if (items != null) {
            return;
        }
        try {
            Drill what = Drill.valueOf(drill == null ? "" : drill);
            long groupId = Long.parseLong(group == null ? "" : group.trim());
            filter = AuditFilters.parse(team, serviceArea, locality, ladder, from, to);
            items = audit.drillDown(filter, what, kind, groupId, band);
            filterWords = AuditWords.filters(audit.filtersOf(filter));
        } catch (IllegalArgumentException | InvalidInputException | RecordNotFoundException notThere) {
            // A drill, group or filter that is not one: the same "not found" as for a record the manager may not see.
            RecordPages.notFound();
        }
    }

    /** The address of the audit with the same filters. */
    public String getBackQuery() {
        StringBuilder q = new StringBuilder();
        add(q, "team", team);
        add(q, "area", serviceArea);
        add(q, "locality", locality);
        add(q, "ladder", ladder);
        add(q, "from", from);
        add(q, "to", to);
        return q.length() == 0 ? "" : "?" + q.substring(1);
    }

    private static void add(StringBuilder q, String name, String value) {
        if (value != null && !value.isBlank()) {
            q.append('&').append(name).append('=').append(java.net.URLEncoder.encode(value.trim(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    public String getFilterWords() {
        return filterWords;
    }

    public boolean isMore() {
        return items != null && items.size() >= ParticipationAuditService.DRILL_DOWN_MAX;
    }

    public List<DrillItem> getItems() {
        return items;
    }

    public String getDrill() {
        return drill;
    }

    public void setDrill(String drill) {
        this.drill = drill;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getGroup() {
        return group;
    }

    public void setGroup(String group) {
        this.group = group;
    }

    public String getBand() {
        return band;
    }

    public void setBand(String band) {
        this.band = band;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getServiceArea() {
        return serviceArea;
    }

    public void setServiceArea(String serviceArea) {
        this.serviceArea = serviceArea;
    }

    public String getLocality() {
        return locality;
    }

    public void setLocality(String locality) {
        this.locality = locality;
    }

    public String getLadder() {
        return ladder;
    }

    public void setLadder(String ladder) {
        this.ladder = ladder;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
