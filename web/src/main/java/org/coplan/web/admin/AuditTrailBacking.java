package org.coplan.web.admin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.coplan.audit.AuditChain;
import org.coplan.audit.AuditTrailService;

/** Backs /admin/audit-trail.xhtml: an administrator checks that the audit trail's hash chain is whole. */
@Named
@RequestScoped
public class AuditTrailBacking {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

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
        return check == null || check.lastSealedAt() == null ? "–" : WHEN.format(check.lastSealedAt());
    }
}
