package org.coplan.web.retention;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.coplan.retention.HeldRecord;
import org.coplan.retention.HoldView;
import org.coplan.retention.RetentionService;
import org.coplan.shared.BusinessException;
import org.coplan.shared.RecordNotFoundException;
import org.coplan.web.DatesInput;
import org.coplan.web.FormMessages;
import org.coplan.web.Messages;

/**
 * Backs the legal-hold control (/WEB-INF/includes/legal-hold.xhtml): on a person's page for a
 * manager of their team, and on the retention page, found by reference, for an administrator.
 */
@Named
@ViewScoped
public class LegalHoldBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient RetentionService retention;

    private String reference;
    private HeldRecord record;
    private boolean looked;
    private String reason;
    /** The looked-after box as the user left it; null until the record is loaded. */
    private Boolean lookedAfter;
    private final Map<Long, String> liftReasons = new HashMap<>();

    /** On a person's page: loads the person's record once; false when the user may not hold it. */
    public boolean forPerson(Long personId) {
        if (personId == null) {
            return false;
        }
        if (!looked) {
            looked = true;
            try {
                record = retention.heldRecord(personId);
            } catch (RecordNotFoundException notTheirs) {
                record = null;
            }
        }
        return record != null;
    }

    /** On the retention page: finds a record by its case reference. */
    public void find() {
        try {
            record = retention.heldRecordByReference(reference);
            lookedAfter = null;
        } catch (RecordNotFoundException notFound) {
            record = null;
            Messages.error("holdFindForm:reference", Messages.text("hold.notFound"));
        }
    }

    public void place() {
        try {
            record = retention.placeHold(record.personId(), reason);
        } catch (BusinessException refused) {
            FormMessages.refused("holdForm", Set.of("reason"), refused);
            return;
        }
        reason = null;
        FormMessages.done("hold.placed");
    }

    public void lift(HoldView hold) {
        try {
            record = retention.liftHold(record.personId(), hold.id(), liftReasons.get(hold.id()), hold.version());
        } catch (BusinessException refused) {
            Messages.error(null, refused.getMessage());
            return;
        }
        liftReasons.remove(hold.id());
        FormMessages.done("hold.lifted");
    }

    /** Saves the looked-after box against the version the user saw; on a refusal the box keeps what they chose. */
    public void saveLookedAfter() {
        boolean chosen = getLookedAfter();
        try {
            record = retention.recordLookedAfter(record.personId(), chosen, record.personVersion());
        } catch (org.coplan.shared.StaleEditException changedMeanwhile) {
            // Show what the other user saved; the box keeps this user's choice, to save again once checked.
            Messages.error(null, changedMeanwhile.getMessage());
            record = retention.heldRecord(record.personId());
            lookedAfter = chosen;
            return;
        } catch (BusinessException refused) {
            Messages.error(null, refused.getMessage());
            return;
        }
        lookedAfter = record.lookedAfter();
        FormMessages.done("lookedAfter.saved");
    }

    public boolean getLookedAfter() {
        return lookedAfter != null ? lookedAfter : record != null && record.lookedAfter();
    }

    public void setLookedAfter(boolean lookedAfter) {
        this.lookedAfter = lookedAfter;
    }

    public String when(Instant at) {
        return DatesInput.when(at);
    }

    public HeldRecord getRecord() {
        return record;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Map<Long, String> getLiftReasons() {
        return liftReasons;
    }
}
