package org.coplan.web.supportplan;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.Serializable;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.coplan.shared.FieldProblem;
import org.coplan.shared.InvalidInputException;
import org.coplan.supportplan.sections.AboutMe;
import org.coplan.supportplan.sections.Actions;
import org.coplan.supportplan.sections.PlanSection;
import org.coplan.supportplan.sections.SectionJson;
import org.coplan.supportplan.sections.SectionKey;
import org.coplan.supportplan.sections.Strengths;
import org.coplan.web.DatesInput;
import org.coplan.web.Jsons;

/**
 * The form for one section, built from a list of fields, so that one page edits every section.
 * Rows hold what the user typed as text; the section's JSON is made from them only on save, and
 * the service's rules decide what is wrong, so nothing typed is lost on a refusal.
 */
public final class SectionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * How a field is typed in. OUTCOME picks one of the plan's outcomes; CATEGORY an outcome
     * framework's category; OFFER a community offer made by a co-design project.
     */
    public enum Kind { TEXT, TEXTAREA, SELECT, DATE, MULTI, OUTCOME, CATEGORY, OFFER }

    public record Field(String name, Kind kind, List<String> options) implements Serializable {
    }

    /** One item of a list section (or the whole of a single section): its key and what was typed, by field. */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;
        private final String key;
        private final Map<String, Object> values = new LinkedHashMap<>();

        Row(String key) {
            this.key = key;
        }

        public String getKey() {
            return key;
        }

        public Map<String, Object> getValues() {
            return values;
        }
    }

    private static final Map<SectionKey, List<Field>> FIELDS = Map.of(
            SectionKey.ABOUT_ME, List.of(area("importantToMe"), area("admiredFor"), area("howToSupport"),
                    select("writtenBy", AboutMe.WrittenBy.values())),
            SectionKey.CIRCLE, List.of(text("name"), text("relationship"), area("role"), text("contact"),
                    new Field("maySee", Kind.MULTI, Arrays.stream(SectionKey.values()).map(SectionKey::path).toList())),
            SectionKey.STRENGTHS, List.of(select("kind", Strengths.Kind.values()), area("text"),
                    new Field("category", Kind.CATEGORY, List.of())),
            SectionKey.OUTCOMES, List.of(area("words"), new Field("category", Kind.CATEGORY, List.of())),
            SectionKey.PATH, List.of(area("northStar"), area("goal"), area("now"), area("enrol"), area("buildStrength"),
                    area("nextSteps"), area("firstStep")),
            SectionKey.ACTIONS, List.of(area("what"), text("who"), select("whoKind", Actions.WhoKind.values()),
                    new Field("byWhen", Kind.DATE, List.of()), select("status", Actions.Status.values()),
                    new Field("outcomeKey", Kind.OUTCOME, List.of()), new Field("offerId", Kind.OFFER, List.of())),
            SectionKey.RISKS, List.of(area("whatCouldGoWrong"), area("whatToDo"), text("whoDecides"),
                    new Field("category", Kind.CATEGORY, List.of())));

    private final SectionKey key;
    private final List<Row> rows = new ArrayList<>();

    private SectionForm(SectionKey key) {
        this.key = key;
    }

    private static Field text(String name) {
        return new Field(name, Kind.TEXT, List.of());
    }

    private static Field area(String name) {
        return new Field(name, Kind.TEXTAREA, List.of());
    }

    private static Field select(String name, Enum<?>[] values) {
        return new Field(name, Kind.SELECT, Arrays.stream(values).map(Enum::name).toList());
    }

    public static boolean isList(SectionKey key) {
        return key != SectionKey.ABOUT_ME && key != SectionKey.PATH;
    }

    public static List<Field> fields(SectionKey key) {
        return FIELDS.get(key);
    }

    /** The form filled from a saved section. */
    public static SectionForm of(PlanSection section) {
        SectionForm form = new SectionForm(section.key());
        JsonObject json;
        try (var reader = Jsons.JSON.createReader(new StringReader(SectionJson.write(section)))) {
            json = reader.readObject();
        }
        if (isList(section.key())) {
            JsonArray items = json.getJsonArray("items");
            for (JsonObject item : items == null ? List.<JsonObject>of() : items.getValuesAs(JsonObject.class)) {
                form.rows.add(form.row(item));
            }
        } else {
            form.rows.add(form.row(json));
        }
        return form;
    }

    private Row row(JsonObject json) {
        Row row = new Row(json.getString("key", null));
        for (Field f : fields(key)) {
            JsonValue v = json.get(f.name());
            if (f.kind() == Kind.MULTI) {
                row.values.put(f.name(), v instanceof JsonArray a
                        ? new ArrayList<>(a.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList())
                        : new ArrayList<String>());
            } else if (f.kind() == Kind.CATEGORY) {
                String framework = json.getString("framework", "");
                String category = json.getString("category", "");
                row.values.put(f.name(), category.isEmpty() ? "" : framework + "/" + category);
            } else if (v instanceof jakarta.json.JsonNumber n) {
                row.values.put(f.name(), n.toString());
            } else {
                row.values.put(f.name(), v instanceof JsonString s ? s.getString() : "");
            }
        }
        return row;
    }

    public void addRow() {
        Row row = new Row(null);
        for (Field f : fields(key)) {
            row.values.put(f.name(), f.kind() == Kind.MULTI ? new ArrayList<String>() : "");
        }
        rows.add(row);
    }

    public void removeRow(int index) {
        if (index >= 0 && index < rows.size()) {
            rows.remove(index);
        }
    }

    /** The section made from what was typed: blank text and choices are left out, and the rules are the service's. */
    public PlanSection toSection() {
        List<FieldProblem> dates = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            for (Field f : fields(key)) {
                if (f.kind() == Kind.DATE) {
                    Object typed = rows.get(i).values.get(f.name());
                    String text = typed == null ? "" : typed.toString().trim();
                    LocalDate date = DatesInput.parse(text);
                    if (!text.isEmpty() && date == null) {
                        dates.add(new FieldProblem("items[" + i + "]." + f.name(),
                                "Item " + (i + 1) + ": write the date as day/month/year, for example 31/1/2027."));
                    } else {
                        rows.get(i).values.put(f.name(), date == null ? "" : date.toString());
                    }
                }
            }
        }
        InvalidInputException.throwIfAny(dates);
        List<JsonObject> items = rows.stream().map(this::json).toList();
        JsonObject body;
        if (isList(key)) {
            JsonArrayBuilder array = Jsons.JSON.createArrayBuilder();
            items.forEach(array::add);
            body = Jsons.JSON.createObjectBuilder().add("items", array).build();
        } else {
            body = items.isEmpty() ? JsonValue.EMPTY_JSON_OBJECT : items.get(0);
        }
        return SectionJson.read(key, body.toString());
    }

    private JsonObject json(Row row) {
        JsonObjectBuilder item = Jsons.JSON.createObjectBuilder();
        if (row.key != null) {
            item.add("key", row.key);
        }
        for (Field f : fields(key)) {
            Object value = row.values.get(f.name());
            if (f.kind() == Kind.MULTI) {
                JsonArrayBuilder chosen = Jsons.JSON.createArrayBuilder();
                if (value instanceof Collection<?> c) {
                    c.forEach(x -> chosen.add(String.valueOf(x)));
                } else if (value instanceof Object[] a) {
                    Arrays.stream(a).forEach(x -> chosen.add(String.valueOf(x)));
                }
                item.add(f.name(), chosen);
                continue;
            }
            String text = value == null ? "" : String.valueOf(value);
            if (f.kind() == Kind.CATEGORY) {
                int slash = text.indexOf('/');
                item.add("framework", slash < 0 ? "" : text.substring(0, slash));
                item.add("category", slash < 0 ? text : text.substring(slash + 1));
            } else if (f.kind() == Kind.TEXT || f.kind() == Kind.TEXTAREA) {
                item.add(f.name(), text);
            } else if (f.kind() == Kind.OFFER && !text.isBlank()) {
                // The choices are offer ids; anything else is left out and the action then asks for an offer.
                try {
                    item.add(f.name(), Long.parseLong(text.trim()));
                } catch (NumberFormatException notAnOffer) {
                    // left out
                }
            } else if (!text.isBlank()) {
                item.add(f.name(), text.trim());
            }
        }
        return item.build();
    }

    public SectionKey getKey() {
        return key;
    }

    public List<Row> getRows() {
        return rows;
    }

    public List<Field> getFields() {
        return fields(key);
    }

    public boolean isList() {
        return isList(key);
    }
}
