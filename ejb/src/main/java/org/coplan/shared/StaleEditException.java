package org.coplan.shared;

import jakarta.ejb.ApplicationException;

/**
 * Someone else saved the record after the user opened it. Nothing is overwritten; the message
 * names who saved, so the user can compare and re-apply their own text.
 */
@ApplicationException(rollback = true)
public class StaleEditException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final String savedBy;

    public StaleEditException(String savedBy) {
        super(null, "Someone else (" + savedBy + ") saved this after you opened it. Your changes have not been saved: "
                + "they are still in the form. Check their changes, then save again.");
        this.savedBy = savedBy;
    }

    /** Who saved in between (and when, where known), as the message names them. */
    public String savedBy() {
        return savedBy;
    }
}
