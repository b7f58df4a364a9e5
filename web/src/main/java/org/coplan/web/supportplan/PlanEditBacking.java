package org.coplan.web.supportplan;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.coplan.codesign.CoDesignService;
import org.coplan.codesign.CodesignViews.OfferView;
import org.coplan.shared.BusinessException;
import org.coplan.shared.CommunityOffers;
import org.coplan.shared.DatabaseTrouble;
import org.coplan.shared.StaleEditException;
import org.coplan.supportplan.OutcomeCategory;
import org.coplan.supportplan.PlanViews.PlanView;
import org.coplan.supportplan.PlanViews.VersionView;
import org.coplan.supportplan.SupportPlanService;
import org.coplan.supportplan.sections.Outcomes;
import org.coplan.supportplan.sections.SectionKey;
import org.coplan.web.FormMessages;
import org.coplan.web.Messages;
import org.coplan.web.RecordPages;

/**
 * Backs /supportplan/edit.xhtml?id=…&amp;section=…: one section of the current draft. The
 * form keeps the revision it was opened on; when someone else saved in between, the save is
 * refused with their name, the user's own text stays in the form, and what was saved is shown
 * beside it so the user can re-apply their changes and save again. When the database was lost
 * or busy during the save, nothing was saved; the page says so and keeps the user's text.
 */
@Named
@ViewScoped
public class PlanEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SupportPlanService plans;

    @Inject
    transient CoDesignService codesign;

    private String id;
    private String section;
    private PlanView plan;
    private SectionKey key;
    private SectionForm form;
    private long revision;
    private int versionNo;
    private List<OutcomeCategory> categories = List.of();
    /** The community offers an action can use: open ones of the plan's service area, and any the plan already uses. */
    private List<OfferView> offers = List.of();
    /** What someone else saved while this form was open, shown beside the user's own text. */
    private SectionForm theirs;

    public void load() throws IOException {
        if (plan != null) {
            return;
        }
        key = SectionKey.fromPath(section == null ? "" : section).orElse(null);
        if (key == null) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        plan = RecordPages.loadOrNotFound(id, planId -> plans.planView(planId, null)).orElse(null);
        if (plan == null) {
            return;
        }
        VersionView version = plan.version();
        versionNo = version.version().number();
        revision = version.version().revision();
        form = SectionForm.of(version.section(key).section());
        if (key == SectionKey.OUTCOMES || key == SectionKey.RISKS || key == SectionKey.STRENGTHS) {
            categories = plans.outcomeCategories(plan.plan().id());
        }
        if (key == SectionKey.ACTIONS) {
            offers = codesign.offers().stream().filter(o -> o.serviceArea() == plan.plan().serviceArea())
                    .filter(o -> o.open() || version.offers().containsKey(o.id())).toList();
        }
        if (form.getRows().isEmpty() && form.isList()) {
            form.addRow();
        }
    }

    public String save() {
        try {
            plans.saveSection(plan.plan().id(), versionNo, revision, form.toSection());
            return FormMessages.doneThenShow("edit.saved", "/supportplan/plan", plan.plan().id());
        } catch (StaleEditException stale) {
            // Keep the user's rows; show what was saved, and take the new revision so that saving
            // again, once they have looked, goes through.
            VersionView now = plans.version(plan.plan().id(), versionNo);
            theirs = SectionForm.of(now.section(key).section());
            revision = now.version().revision();
            Messages.error(null, stale.getMessage());
        } catch (BusinessException refused) {
            // The messages name the item and field in words ("Action 2: say who will do it"), so
            // they all go at the top of the form, above what the user typed.
            FormMessages.refused(null, Set.of(), refused);
        } catch (EJBException failed) {
            // The database was lost or busy part way: the whole save was rolled back, the revision
            // this form holds is still the current one, so the same form can simply be saved again.
            DatabaseTrouble.Kind kind = DatabaseTrouble.of(failed).orElseThrow(() -> failed);
            Messages.error(null, Messages.text(kind == DatabaseTrouble.Kind.BUSY ? "edit.busy" : "edit.unreachable"));
        }
        return null;
    }

    public void addRow() {
        form.addRow();
    }

    public void removeRow(int index) {
        form.removeRow(index);
    }

    /** A saved value as the page shows it (for what someone else saved). */
    public String show(SectionForm.Field field, Object value) {
        return SectionText.show(field, value, categories, getOutcomes(), offers.stream().collect(java.util.stream.Collectors.toMap(
                OfferView::id, o -> new CommunityOffers.OfferRef(o.id(), o.name(), o.projectId(), o.projectName(), o.serviceArea(),
                        o.locality(), o.open()))));
    }

    public List<OfferView> getOffers() {
        return offers;
    }

    public List<Outcomes.Outcome> getOutcomes() {
        return ((Outcomes) plan.version().section(SectionKey.OUTCOMES).section()).items();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getSection() {
        return section;
    }

    public void setSection(String section) {
        this.section = section;
    }

    public PlanView getPlan() {
        return plan;
    }

    public SectionKey getKey() {
        return key;
    }

    public SectionForm getForm() {
        return form;
    }

    public SectionForm getTheirs() {
        return theirs;
    }

    public List<OutcomeCategory> getCategories() {
        return categories;
    }

    public boolean isEditable() {
        return plan != null && plan.version().editable();
    }
}
