package org.coplan.web.manager;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.coplan.subjectaccess.Disclosure;
import org.coplan.subjectaccess.RequestView;
import org.coplan.web.DatesInput;
import org.coplan.web.Jsons;

/**
 * A subject access copy as the two files a person gets: JSON, every field as stored, for
 * machines and for moving to another service; and a PDF of the same tree in words, for
 * reading. Both are written from one {@link Disclosure}, so neither holds more than the other.
 */
public final class SubjectAccessFiles {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private SubjectAccessFiles() {
    }

    /** The file name for a copy: coplan-subject-access-P-000123-2026-11-29.json (or .pdf). */
    public static String fileName(Disclosure copy, String extension) {
        String reference = copy.personReference() == null ? String.valueOf(copy.personId())
                : copy.personReference().replaceAll("[^A-Za-z0-9-]", "");
        return "coplan-subject-access-" + reference + "-" + LocalDate.ofInstant(copy.producedAt(), java.time.ZoneOffset.UTC) + "." + extension;
    }

    public static JsonObject json(Disclosure copy) {
        JsonObjectBuilder out = Jsons.JSON.createObjectBuilder()
                .add("personId", copy.personId())
                .add("personReference", copy.personReference())
                .add("personName", copy.personName())
                .add("producedAt", copy.producedAt().toString())
                .add("producedBy", copy.producedBy());
        if (copy.request() == null) {
            out.addNull("request");
        } else {
            out.add("request", request(copy.request()));
        }
        out.add("thirdPartiesRedacted", copy.thirdParties()).add("redactions", copy.redactions());
        JsonArrayBuilder notes = Jsons.JSON.createArrayBuilder();
        copy.notes().forEach(notes::add);
        out.add("notes", notes);
        copy.content().forEach((key, value) -> add(out, key, value));
        return out.build();
    }

    private static JsonObject request(RequestView r) {
        JsonObjectBuilder out = Jsons.JSON.createObjectBuilder().add("id", r.id()).add("receivedOn", r.receivedOn().toString())
                .add("dueOn", r.dueOn().toString()).add("requestedBy", r.requestedBy().name()).add("receivedHow", r.receivedHow().name());
        if (r.sentOn() == null) {
            out.addNull("sentOn");
        } else {
            out.add("sentOn", r.sentOn().toString());
        }
        return out.build();
    }

    private static void add(JsonObjectBuilder out, String key, Object value) {
        if (value == null) {
            out.addNull(key);
        } else if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder inner = Jsons.JSON.createObjectBuilder();
            map.forEach((k, v) -> add(inner, (String) k, v));
            out.add(key, inner);
        } else if (value instanceof List<?> list) {
            out.add(key, array(list));
        } else if (value instanceof Long n) {
            out.add(key, n);
        } else if (value instanceof Integer n) {
            out.add(key, n);
        } else if (value instanceof Double n) {
            out.add(key, n);
        } else if (value instanceof Boolean b) {
            out.add(key, b);
        } else {
            out.add(key, value.toString());
        }
    }

    private static JsonArrayBuilder array(List<?> list) {
        JsonArrayBuilder array = Jsons.JSON.createArrayBuilder();
        for (Object item : list) {
            JsonObjectBuilder holder = Jsons.JSON.createObjectBuilder();
            add(holder, "v", item);
            array.add(holder.build().get("v"));
        }
        return array;
    }

    /** The same copy in words (from the en-GB bundle given): what each part is, then every record in it, field by field. */
    public static byte[] pdf(Disclosure copy, ResourceBundle words) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font text = FontFactory.getFont(FontFactory.HELVETICA, 9);
        try {
            PdfWriter.getInstance(document, bytes);
            String heading = words.getString("sar.copyTitle") + " " + copy.personName();
            document.addTitle(heading);
            document.open();
            document.add(new Paragraph(heading, title));
            document.add(new Paragraph(words.getString("sar.reference") + ": " + copy.personReference(), text));
            document.add(new Paragraph(words.getString("sar.madeBy") + ": " + copy.producedBy() + ", " + DatesInput.when(copy.producedAt()), text));
            if (copy.request() != null) {
                document.add(new Paragraph(words.getString("sar.receivedOn") + ": " + DAY.format(copy.request().receivedOn()) + ". "
                        + words.getString("sar.dueOn") + ": " + DAY.format(copy.request().dueOn()) + ".", text));
            }
            document.add(new Paragraph(words.getString("sar.redactedCount").replace("{0}", String.valueOf(copy.thirdParties())), text));
            for (String note : copy.notes()) {
                document.add(new Paragraph("• " + note, text));
            }
            for (Map.Entry<String, Object> part : copy.content().entrySet()) {
                block(document, words, part.getKey(), label(words, part.getKey()), part.getValue(), 0);
            }
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The PDF could not be written", e);
        }
        return bytes.toByteArray();
    }

    /** A part of the tree under a heading: a record as a table of its fields, a list as its records in turn. */
    private static void block(Document document, ResourceBundle words, String key, String heading, Object value, int depth)
            throws DocumentException {
        Font headingFont = FontFactory.getFont(FontFactory.HELVETICA_BOLD, Math.max(9, 13 - 2 * depth));
        Font text = FontFactory.getFont(FontFactory.HELVETICA, 9);
        float indent = Math.min(depth, 6) * 10f;
        if (value instanceof List<?> list) {
            Paragraph h = new Paragraph(heading + " (" + list.size() + ")", headingFont);
            h.setSpacingBefore(depth == 0 ? 12 : 6);
            h.setIndentationLeft(indent);
            document.add(h);
            if (list.isEmpty()) {
                Paragraph none = new Paragraph(words.getString("sar.none"), text);
                none.setIndentationLeft(indent);
                document.add(none);
            }
            int n = 0;
            for (Object item : list) {
                n++;
                if (item instanceof Map<?, ?>) {
                    block(document, words, key, item(words, key) + " " + n, item, depth + 1);
                } else {
                    Paragraph line = new Paragraph("• " + show(words, item), text);
                    line.setIndentationLeft(indent + 10);
                    document.add(line);
                }
            }
        } else if (value instanceof Map<?, ?> map) {
            Paragraph h = new Paragraph(heading, headingFont);
            h.setSpacingBefore(6);
            h.setIndentationLeft(indent);
            document.add(h);
            PdfPTable fields = new PdfPTable(new float[] {1, 2.5f});
            fields.setWidthPercentage(100 - indent / 5);
            fields.setHorizontalAlignment(Element.ALIGN_RIGHT);
            boolean any = false;
            for (Map.Entry<?, ?> field : map.entrySet()) {
                Object v = field.getValue();
                if (v == null || v instanceof Map<?, ?> || v instanceof List<?>) {
                    continue;
                }
                fields.addCell(new PdfPCell(new Phrase(label(words, (String) field.getKey()), FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9))));
                fields.addCell(new PdfPCell(new Phrase(show(words, v), text)));
                any = true;
            }
            if (any) {
                fields.setSpacingBefore(2);
                document.add(fields);
            }
            for (Map.Entry<?, ?> field : map.entrySet()) {
                Object v = field.getValue();
                if (v instanceof Map<?, ?> || v instanceof List<?>) {
                    String inner = (String) field.getKey();
                    block(document, words, inner, label(words, inner), v, depth + 1);
                }
            }
        } else if (value != null) {
            document.add(new Paragraph(heading + ": " + show(words, value), text));
        }
    }

    /** A value in words: dates as 3 December 2026, times in UK time, yes or no. */
    static String show(ResourceBundle words, Object value) {
        if (value instanceof Instant at) {
            return DatesInput.when(at);
        }
        if (value instanceof LocalDate day) {
            return DAY.format(day);
        }
        if (value instanceof Boolean b) {
            return b ? words.getString("sar.yes") : words.getString("sar.no");
        }
        return String.valueOf(value);
    }

    /** A field's label: from the messages when it has one (sar.field.planId), else its name in words (createdAt: Created at). */
    static String label(ResourceBundle words, String field) {
        if (words.containsKey("sar.field." + field)) {
            return words.getString("sar.field." + field);
        }
        String plain = field.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.UK);
        return plain.isEmpty() ? field : Character.toUpperCase(plain.charAt(0)) + plain.substring(1);
    }

    /** One record of a list: "Support plan" for supportPlans (sar.item.supportPlans), else the list's label. */
    private static String item(ResourceBundle words, String list) {
        return words.containsKey("sar.item." + list) ? words.getString("sar.item." + list) : label(words, list);
    }
}
