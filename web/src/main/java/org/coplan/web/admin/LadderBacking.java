package org.coplan.web.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.coplan.web.FormMessages;
import org.coplan.web.RecordPages;
import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import org.coplan.participation.Band;
import org.coplan.participation.DecisionPower;
import org.coplan.participation.LadderAdminService;
import org.coplan.participation.LadderDetail;
import org.coplan.participation.LadderDetail.RungDetail;
import org.coplan.shared.BusinessException;
import org.coplan.shared.RecordNotFoundException;
import org.coplan.web.Messages;

/**
 * Backs /admin/ladder.xhtml?id=…: one ladder's rungs, the changes to them, and the forms to describe a
 * rung and to add one at the top. Every change is sent with the ladder's version as this page last
 * showed it, so a change someone else made meanwhile is refused rather than overwritten. The rules
 * themselves (what may move, what may be deleted) are the service's; this bean only shows them.
 */
@Named
@ViewScoped
public class LadderBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Set<String> RUNG_FIELDS =
            Set.of("code", "name", "description", "band", "decisionPower", "defaultDecisionRule");

    @Inject
    transient LadderAdminService ladderAdmin;

    private String id;
    private LadderDetail ladder;
    private Long editingRungId;
    private RungForm edit = new RungForm();
    private RungForm newRung = new RungForm();

    public void load() throws IOException {
        ladder = RecordPages.loadOrNotFound(id, ladderAdmin::ladder).orElse(null);
    }

    public void moveUp(long rungId) {
        change(() -> ladderAdmin.moveRungUp(rungId, ladder.version()), null, "ladderAdmin.movedUp");
    }

    public void moveDown(long rungId) {
        change(() -> ladderAdmin.moveRungDown(rungId, ladder.version()), null, "ladderAdmin.movedDown");
    }

    public void retire(long rungId) {
        change(() -> ladderAdmin.retireRung(rungId, ladder.version()), null, "ladderAdmin.retiredDone");
    }

    public void reinstate(long rungId) {
        change(() -> ladderAdmin.reinstateRung(rungId, ladder.version()), null, "ladderAdmin.reinstated");
    }

    public void delete(long rungId) {
        change(() -> ladderAdmin.deleteRung(rungId, ladder.version()), null, "ladderAdmin.deleted");
    }

    /** Opens the form to describe a rung, filled in with what it says now. */
    public void startEditing(long rungId) {
        row(rungId).ifPresent(rung -> {
            editingRungId = rungId;
            edit = RungForm.of(rung);
        });
    }

    public void stopEditing() {
        editingRungId = null;
        edit = new RungForm();
    }

    public void saveDescription() {
        if (editingRungId == null) {
            return;
        }
        long rungId = editingRungId;
        if (change(() -> ladderAdmin.describeRung(rungId, ladder.version(), edit.toDescription()), "describeForm",
                "ladderAdmin.described")) {
            stopEditing();
        }
    }

    public void addRung() {
        if (change(() -> ladderAdmin.addRung(ladder.id(), ladder.version(), newRung.getCode(), newRung.toDescription()),
                "addRungForm", "ladderAdmin.rungAdded")) {
            newRung = new RungForm();
        }
    }

    /**
     * Makes one change and shows the ladder as it is afterwards. A refusal goes next to its field (or
     * to the top of the page), and the forms keep what was typed.
     */
    private boolean change(Runnable call, String formId, String doneKey) {
        try {
            call.run();
        } catch (BusinessException refused) {
            FormMessages.refused(formId, RUNG_FIELDS, refused);
            reload();
            return false;
        } catch (RecordNotFoundException gone) {
            Messages.error(null, Messages.text("ladderAdmin.rungGone"));
            reload();
            return false;
        }
        reload();
        FormMessages.done(doneKey);
        return true;
    }

    private void reload() {
        ladder = ladderAdmin.ladder(ladder.id());
        if (editingRungId != null && row(editingRungId).isEmpty()) {
            stopEditing();
        }
    }

    private Optional<RungDetail> row(long rungId) {
        return ladder.rungs().stream().filter(r -> r.id() == rungId).findFirst();
    }

    public boolean isEditing() {
        return editingRungId != null;
    }

    /** The rung being described, as it is saved now (the form holds what is being typed). */
    public RungDetail getEditingRung() {
        return editingRungId == null ? null : row(editingRungId).orElse(null);
    }

    public Band[] getBands() {
        return Band.values();
    }

    public DecisionPower[] getDecisionPowers() {
        return DecisionPower.values();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public LadderDetail getLadder() {
        return ladder;
    }

    public RungForm getEdit() {
        return edit;
    }

    public RungForm getNewRung() {
        return newRung;
    }
}
