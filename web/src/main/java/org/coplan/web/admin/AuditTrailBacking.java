package org.coplan.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.coplan.audit.AuditChain;
import org.coplan.audit.AuditTrailService;
import org.coplan.web.DatesInput;

/** Backs /admin/audit-trail.xhtml: an administrator checks that the audit trail's hash chain is whole. */
@Named
@RequestScoped
public class AuditTrailBacking {

    @Inject
    AuditTrailService trail;

    private AuditChain.Check check;

    /** Checks the chain now; the page then shows what was found. */
    public void checkNow() {
        check = trail.check();
    }

    public AuditChain.Check getCheck() {
        return check;
    }

    public String getLastSealed() {
        return check == null || check.lastSealedAt() == null ? "–" : DatesInput.when(check.lastSealedAt());
    }
}
