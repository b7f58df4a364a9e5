package org.coplan.web.manager;

import java.util.ArrayList;
import java.util.List;
import org.coplan.participationaudit.ParticipationReport;
import org.coplan.web.Messages;

/** The participation audit's filters, flags and checklists in words, the same on the screen and in the PDF. */
public final class AuditWords {

    private AuditWords() {
    }

    public static String filters(ParticipationReport.Filters f) {
        List<String> parts = new ArrayList<>();
        parts.add(Messages.text("audit.area") + ": " + (f.serviceArea() != null ? Messages.text("serviceArea." + f.serviceArea())
                : String.join(", ", f.serviceAreasSeen().stream().map(a -> Messages.text("serviceArea." + a)).toList())));
        parts.add(Messages.text("audit.team") + ": " + (f.teamName() == null ? Messages.text("audit.all") : f.teamName()));
        parts.add(Messages.text("audit.locality") + ": " + (f.locality() == null ? Messages.text("audit.all") : f.locality()));
        parts.add(Messages.text("audit.ladder") + ": " + (f.ladderName() == null ? Messages.text("audit.all") : f.ladderName()));
        parts.add(Messages.text("audit.period") + ": " + f.from() + " – " + f.to());
        return String.join("; ", parts);
    }

    public static String flags(ParticipationReport.ProjectChecks c) {
        List<String> flags = new ArrayList<>();
        if (c.allDecisionsBelowTarget()) {
            flags.add(Messages.text("audit.flagBelowTarget"));
        }
        if (c.sessionsWithoutLivedExperience() > 0) {
            flags.add(c.sessionsWithoutLivedExperience() + " " + Messages.text("audit.flagNoLived"));
        }
        if (c.unpaidNeverPaid() > 0) {
            flags.add(c.unpaidNeverPaid() + " " + Messages.text("audit.flagNeverPaid"));
        }
        return flags.isEmpty() ? Messages.text("audit.noFlags") : String.join("; ", flags);
    }

    public static String lundy(ParticipationReport.Lundy l) {
        return mark(l.space()) + " " + Messages.text("audit.space") + ", " + mark(l.voice()) + " " + Messages.text("audit.voice") + ", "
                + mark(l.audience()) + " " + Messages.text("audit.audience") + ", " + mark(l.influence()) + " "
                + Messages.text("audit.influence") + ", " + mark(l.feedback()) + " " + Messages.text("audit.feedback");
    }

    private static String mark(boolean met) {
        return met ? Messages.text("audit.yes") : Messages.text("audit.no");
    }
}
