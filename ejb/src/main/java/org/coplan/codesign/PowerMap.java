package org.coplan.codesign;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.coplan.shared.FieldProblem;

/**
 * Who makes the decisions in a project's area and who is affected by them: each stakeholder
 * placed on two axes, power over the decisions and impact of the decisions on them (1 to 5),
 * and whether they are in the project. It is there to check that the people most affected are
 * in the room, not only the people with power.
 */
public record PowerMap(List<Stakeholder> stakeholders) {

    /** Impact from which a stakeholder counts as among the people most affected. */
    public static final int MOST_AFFECTED = 4;
    static final int MAX_STAKEHOLDERS = 60;
    private static final Jsonb JSONB = JsonbBuilder.create();

    /**
     * One stakeholder: a person, a group or an organisation, the kind of stakeholder they are, and
     * the member of the project who is them or speaks for them, if any.
     */
    public record Stakeholder(String name, ProjectRole group, int power, int impact, Long memberUserId) {
    }

    public PowerMap {
        stakeholders = stakeholders == null ? List.of() : List.copyOf(stakeholders);
    }

    public static PowerMap empty() {
        return new PowerMap(List.of());
    }

    /** The same map with names trimmed. */
    public PowerMap normalised() {
        return new PowerMap(stakeholders.stream().map(s -> new Stakeholder(s.name() == null ? "" : s.name().strip(), s.group(),
                s.power(), s.impact(), s.memberUserId())).toList());
    }

    /** What is wrong with the map, given who the project's members are. */
    public List<FieldProblem> problems(Set<Long> memberIds) {
        List<FieldProblem> problems = new ArrayList<>();
        if (stakeholders.size() > MAX_STAKEHOLDERS) {
            problems.add(new FieldProblem("stakeholders",
                    "A power map holds at most " + MAX_STAKEHOLDERS + " stakeholders: group some of them."));
        }
        for (int i = 0; i < stakeholders.size(); i++) {
            Stakeholder s = stakeholders.get(i);
            String at = "stakeholders[" + i + "].";
            String which = "Stakeholder " + (i + 1);
            if (s.name() == null || s.name().isBlank()) {
                problems.add(new FieldProblem(at + "name", which + ": give a name (a person, a group or an organisation)."));
            } else if (s.name().length() > 200) {
                problems.add(new FieldProblem(at + "name", which + ": keep the name to 200 characters."));
            }
            if (s.group() == null) {
                problems.add(new FieldProblem(at + "group", which + ": say what kind of stakeholder they are."));
            }
            if (s.power() < 1 || s.power() > 5) {
                problems.add(new FieldProblem(at + "power", which + ": give their power over decisions from 1 (none) to 5 (decides)."));
            }
            if (s.impact() < 1 || s.impact() > 5) {
                problems.add(new FieldProblem(at + "impact", which + ": give how much the decisions affect them, from 1 (hardly) to 5 (most)."));
            }
            if (s.memberUserId() != null && !memberIds.contains(s.memberUserId())) {
                problems.add(new FieldProblem(at + "memberUserId", which + ": the member chosen is not in the project."));
            }
        }
        return problems;
    }

    /** The people most affected by the decisions who have no one in the project: the screen warns of them. */
    public List<Stakeholder> mostAffectedMissing(Set<Long> memberIds) {
        return stakeholders.stream()
                .filter(s -> s.impact() >= MOST_AFFECTED)
                .filter(s -> s.memberUserId() == null || !memberIds.contains(s.memberUserId()))
                .toList();
    }

    static String write(PowerMap map) {
        return map == null || map.stakeholders().isEmpty() ? null : JSONB.toJson(map);
    }

    static PowerMap read(String json) {
        if (json == null || json.isBlank()) {
            return empty();
        }
        try {
            return JSONB.fromJson(json, PowerMap.class);
        } catch (JsonbException unreadable) {
            throw new IllegalStateException("The power map could not be read", unreadable);
        }
    }
}
