package org.coplan.web.people;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coplan.people.CaseloadSearch;
import org.coplan.people.PeopleService;
import org.coplan.people.PersonDetails;
import org.coplan.shared.CouncilTime;
import org.coplan.shared.Page;
import org.coplan.shared.PageRequest;
import org.coplan.supportplan.CaseloadEntry;
import org.coplan.supportplan.CaseloadOrder;
import org.coplan.supportplan.SupportPlanService;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/** Backs /people/caseload.xhtml: the caseload, paged and sorted on the server, with a quick look. */
@Named
@ViewScoped
public class CaseloadBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient PeopleService people;

    @Inject
    transient SupportPlanService plans;

    private final LocalDate today = CouncilTime.today();
    private final CaseloadModel model = new CaseloadModel();
    private String search;
    private boolean overdueOnly;
    private CaseloadEntry selected;
    private PersonDetails quickLook;

    /**
     * The row the user picked. The row key comes from the browser, so it is only an id: the
     * person's details are fetched through the service, which checks access to that person.
     */
    public void onSelect(SelectEvent<CaseloadEntry> event) {
        quickLook = people.person(event.getObject().id());
    }

    public int age(CaseloadEntry entry) {
        return entry.ageOn(today);
    }

    public boolean overdue(CaseloadEntry entry) {
        return entry.reviewOverdueOn(today);
    }

    public String getSearch() {
        return search;
    }

    public void setSearch(String search) {
        this.search = search;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public LazyDataModel<CaseloadEntry> getModel() {
        return model;
    }

    public CaseloadEntry getSelected() {
        return selected;
    }

    public void setSelected(CaseloadEntry selected) {
        this.selected = selected;
    }

    public PersonDetails getQuickLook() {
        return quickLook;
    }

    private final class CaseloadModel extends LazyDataModel<CaseloadEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return 0; // load() sets the row count from the same call that fetches the page
        }

        @Override
        public List<CaseloadEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            Page<CaseloadEntry> page = plans.caseload(new PageRequest(first, pageSize), order(sortBy),
                    CaseloadSearch.of(search), overdueOnly);
            setRowCount((int) page.total());
            return page.items();
        }

        @Override
        public String getRowKey(CaseloadEntry entry) {
            return String.valueOf(entry.id());
        }

        @Override
        public CaseloadEntry getRowData(String rowKey) {
            List<CaseloadEntry> shown = getWrappedData();
            if (shown != null) {
                for (CaseloadEntry entry : shown) {
                    if (getRowKey(entry).equals(rowKey)) {
                        return entry;
                    }
                }
            }
            // Not a row on this page (a changed key): pass the id on, so the service decides and audits.
            try {
                return new CaseloadEntry(Long.parseLong(rowKey), "", "", "", LocalDate.MIN, "", null, null, null);
            } catch (NumberFormatException notAnId) {
                return null;
            }
        }

        private CaseloadOrder order(Map<String, SortMeta> sortBy) {
            if (sortBy == null || sortBy.isEmpty()) {
                return CaseloadOrder.NAME;
            }
            SortMeta sort = sortBy.values().iterator().next();
            boolean descending = sort.getOrder() == SortOrder.DESCENDING;
            return switch (sort.getField()) {
                case "dateOfBirth" -> descending ? CaseloadOrder.DATE_OF_BIRTH_DESC : CaseloadOrder.DATE_OF_BIRTH;
                case "nextReviewDue" -> descending ? CaseloadOrder.NEXT_REVIEW_DESC : CaseloadOrder.NEXT_REVIEW;
                default -> descending ? CaseloadOrder.NAME_DESC : CaseloadOrder.NAME;
            };
        }
    }
}
