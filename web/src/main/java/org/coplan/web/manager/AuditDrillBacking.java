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
    private final AuditFilterParams params = new AuditFilterParams();
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
            filter = params.toFilter();
            items = audit.drillDown(filter, what, kind, groupId, band);
            filterWords = AuditWords.filters(audit.filtersOf(filter));
        } catch (IllegalArgumentException | InvalidInputException | RecordNotFoundException notThere) {
            // A drill, group or filter that is not one: the same "not found" as for a record the manager may not see.
            RecordPages.notFound();
        }
    }

    /** The address of the audit with the same filters. */
    public String getBackQuery() {
        String q = params.query();
        return q.isEmpty() ? "" : "?" + q.substring(1);
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

    public AuditFilterParams getParams() {
        return params;
    }
}
