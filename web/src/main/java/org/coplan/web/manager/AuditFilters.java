package org.coplan.web.manager;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.coplan.participationaudit.AuditFilter;
import org.coplan.shared.FieldProblem;
import org.coplan.shared.InvalidInputException;
import org.coplan.shared.ServiceArea;

/** The participation audit's filters as they come in an address (the page's and the API's): text, checked here. */
public final class AuditFilters {

    private AuditFilters() {
    }

    public static AuditFilter parse(String team, String serviceArea, String locality, String ladder, String from, String to) {
        List<FieldProblem> problems = new ArrayList<>();
        Long teamId = id(team, "team", problems);
        Long ladderId = id(ladder, "ladder", problems);
        ServiceArea area = null;
        if (!blank(serviceArea)) {
            try {
                area = ServiceArea.valueOf(serviceArea.trim());
            } catch (IllegalArgumentException notOne) {
                problems.add(new FieldProblem("serviceArea", "Choose a service area from the list."));
            }
        }
        LocalDate start = date(from, "from", problems);
        LocalDate end = date(to, "to", problems);
        InvalidInputException.throwIfAny(problems);
        return new AuditFilter(teamId, area, locality, ladderId, start, end);
    }

    private static Long id(String text, String field, List<FieldProblem> problems) {
        if (blank(text)) {
            return null;
        }
        try {
            return Long.valueOf(text.trim());
        } catch (NumberFormatException notANumber) {
            problems.add(new FieldProblem(field, "Choose from the list."));
            return null;
        }
    }

    private static LocalDate date(String text, String field, List<FieldProblem> problems) {
        if (blank(text)) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException notADate) {
            problems.add(new FieldProblem(field, "Give the date as day, month and year, for example 2026-04-01."));
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
