package org.coplan.codesign;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.util.ArrayList;
import java.util.List;
import org.coplan.shared.FieldProblem;
import org.coplan.shared.InvalidInputException;

/**
 * The structure of the methods that have one. Open Space: participants propose topics, the
 * agenda is built from them, and each topic has a convener and notes. World Café: a theme,
 * questions, tables and rounds, and the harvest. Stored as JSON beside the session.
 */
public final class MethodDetail {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private MethodDetail() {
    }

    public record Topic(String title, String convener, String notes) {
    }

    public record OpenSpace(List<Topic> topics) {

        public OpenSpace {
            topics = topics == null ? List.of() : List.copyOf(topics);
        }

        /** The agenda Open Space builds: one line per proposed topic, with who convenes it. */
        public String agenda() {
            StringBuilder agenda = new StringBuilder();
            for (int i = 0; i < topics.size(); i++) {
                Topic t = topics.get(i);
                agenda.append(i + 1).append(". ").append(t.title().strip())
                        .append(" (convener: ").append(t.convener().strip()).append(")\n");
            }
            return agenda.toString().strip();
        }

        List<FieldProblem> problems() {
            List<FieldProblem> problems = new ArrayList<>();
            for (int i = 0; i < topics.size(); i++) {
                Topic t = topics.get(i);
                if (t.title() == null || t.title().isBlank()) {
                    problems.add(new FieldProblem("topics[" + i + "].title", "Topic " + (i + 1) + " needs a title."));
                }
                if (t.convener() == null || t.convener().isBlank()) {
                    problems.add(new FieldProblem("topics[" + i + "].convener", "Topic " + (i + 1) + " needs someone to convene it."));
                }
            }
            return problems;
        }
    }

    public record WorldCafe(String theme, List<String> questions, int tables, int rounds, String harvest) {

        public WorldCafe {
            questions = questions == null ? List.of() : List.copyOf(questions);
        }

        List<FieldProblem> problems() {
            List<FieldProblem> problems = new ArrayList<>();
            if (theme == null || theme.isBlank()) {
                problems.add(new FieldProblem("theme", "A World Café needs a theme."));
            }
            if (questions.isEmpty() || questions.stream().anyMatch(q -> q == null || q.isBlank())) {
                problems.add(new FieldProblem("questions", "Write at least one question, and no empty ones."));
            }
            if (tables < 1 || rounds < 1) {
                problems.add(new FieldProblem("tables", "A World Café has at least one table and one round."));
            }
            return problems;
        }
    }

    /** What is wrong with a method's detail; a method without structure takes none. */
    static List<FieldProblem> problems(SessionMethod method, Object detail) {
        return switch (method) {
            case OPEN_SPACE -> detail instanceof OpenSpace o ? o.problems()
                    : List.of(new FieldProblem("detail", "An Open Space session lists its topics."));
            case WORLD_CAFE -> detail instanceof WorldCafe w ? w.problems()
                    : List.of(new FieldProblem("detail", "A World Café session has a theme, questions, tables and rounds."));
            default -> detail == null ? List.of() : List.of(new FieldProblem("detail", "This method has no detail to record."));
        };
    }

    static String write(Object detail) {
        return detail == null ? null : JSONB.toJson(detail);
    }

    public static Object read(SessionMethod method, String json) {
        if (json == null) {
            return null;
        }
        try {
            return switch (method) {
                case OPEN_SPACE -> JSONB.fromJson(json, OpenSpace.class);
                case WORLD_CAFE -> JSONB.fromJson(json, WorldCafe.class);
                default -> null;
            };
        } catch (JsonbException notJson) {
            throw new InvalidInputException(List.of(new FieldProblem("detail", "The session's detail could not be read.")));
        }
    }
}
