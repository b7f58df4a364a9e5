package org.coplan.supportplan.sections;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import java.util.List;
import org.coplan.shared.FieldProblem;
import org.coplan.shared.InvalidInputException;

/**
 * Sections as JSON, the same text the database stores and the API sends and receives. One
 * {@link Jsonb} for the whole application: it is thread-safe and costly to build.
 */
public final class SectionJson {

    private static final Jsonb JSONB = JsonbBuilder.create();

    private SectionJson() {
    }

    public static String write(PlanSection section) {
        return JSONB.toJson(section);
    }

    /** Reads a section sent by a client: text that is not the section's JSON is refused with a plain message. */
    public static PlanSection read(SectionKey key, String json) {
        try {
            PlanSection section = JSONB.fromJson(json, key.type());
            if (section == null) {
                throw new JsonbException("empty");
            }
            return section;
        } catch (JsonbException | IllegalArgumentException | NullPointerException notJson) {
            throw new InvalidInputException(List.of(new FieldProblem(null,
                    "The " + key.path() + " section could not be read: send it as JSON with the fields the API describes.")));
        }
    }
}
