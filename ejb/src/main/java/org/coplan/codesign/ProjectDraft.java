package org.coplan.codesign;

import java.util.ArrayList;
import java.util.List;
import org.coplan.shared.FieldProblem;
import org.coplan.shared.ServiceArea;

/** A new project as typed: what it co-produces, where, for which service, and on which ladder it aims how high. */
public record ProjectDraft(String name, String aim, String locality, ServiceArea serviceArea, Long ladderId, Long targetRungId) {

    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "name", name, 200, "Give the project a name");
        text(problems, "aim", aim, 2000, "Say what you are co-producing: the project's aim");
        text(problems, "locality", locality, 200, "Say which area the project is for");
        if (serviceArea == null) {
            problems.add(new FieldProblem("serviceArea", "Choose the service the project is about."));
        }
        if (ladderId == null) {
            problems.add(new FieldProblem("ladderId", "Choose the ladder of participation the project uses."));
        }
        if (targetRungId == null) {
            problems.add(new FieldProblem("targetRungId", "Choose the rung the project aims for."));
        }
        return problems;
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max, String ask) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, ask + "."));
        } else if (value.length() > max) {
            problems.add(new FieldProblem(field, ask + " in up to " + max + " characters."));
        }
    }
}
