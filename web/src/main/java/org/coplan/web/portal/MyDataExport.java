package org.coplan.web.portal;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.util.List;
import org.coplan.participation.DecisionViews.DecisionSummary;
import org.coplan.supportplan.PlanViews.PortalPlanView;
import org.coplan.supportplan.PlanViews.SectionView;
import org.coplan.supportplan.sections.SectionJson;
import org.coplan.web.Jsons;
import org.coplan.web.Messages;
import org.coplan.supportplan.sections.Outcomes;
import org.coplan.supportplan.sections.SectionKey;
import org.coplan.web.supportplan.SectionForm;
import org.coplan.web.supportplan.SectionText;

/**
 * Everything the portal shows a family user about one plan, or about every plan they are linked
 * to, to keep: as JSON (the sections as the API gives them, and the decisions) and as a PDF
 * written in the same words as the screen.
 */
final class MyDataExport {

    /** One plan as the portal shows it, with its decisions. */
    record Shown(PortalPlanView plan, List<DecisionSummary> decisions) {
    }

    private MyDataExport() {
    }

    /** Every linked plan in one JSON file: {"plans": [each plan as {@link #json} writes it]}. */
    static JsonObject json(List<Shown> all) {
        JsonArrayBuilder plans = Jsons.JSON.createArrayBuilder();
        all.forEach(s -> plans.add(json(s.plan(), s.decisions())));
        return Jsons.JSON.createObjectBuilder().add("plans", plans).build();
    }

    /** Every linked plan in one PDF, each from a new page. */
    static byte[] pdf(List<Shown> all) {
        return write(all, Messages.text("portal.myPlansTitle"));
    }

    /** One plan as a PDF. */
    static byte[] pdf(PortalPlanView plan, List<DecisionSummary> decisions) {
        return write(List.of(new Shown(plan, decisions)), Messages.text("portal.planOf") + " " + plan.personName());
    }

    /** A field's value in the words the portal page uses for it. */
    static String show(PortalPlanView plan, SectionForm.Field field, Object value) {
        List<Outcomes.Outcome> outcomes = plan.sections().stream().filter(s -> s.key() == SectionKey.OUTCOMES).findFirst()
                .map(s -> ((Outcomes) s.section()).items()).orElse(List.of());
        return SectionText.show(field, value, plan.categories(), outcomes, plan.offers());
    }

    static JsonObject json(PortalPlanView plan, List<DecisionSummary> decisions) {
        JsonObjectBuilder sections = Jsons.JSON.createObjectBuilder();
        for (SectionView s : plan.sections()) {
            try (var reader = Jsons.JSON.createReader(new StringReader(SectionJson.write(s.section())))) {
                sections.add(s.key().path(), reader.readObject());
            }
        }
        JsonArrayBuilder made = Jsons.JSON.createArrayBuilder();
        for (DecisionSummary d : decisions) {
            JsonObjectBuilder one = Jsons.JSON.createObjectBuilder().add("question", d.question()).add("outcome", d.outcome())
                    .add("inputChangedOutcome", d.inputChangedOutcome());
            if (d.decidedOn() != null) {
                one.add("decidedOn", d.decidedOn().toString());
            }
            if (d.youSaid() != null) {
                one.add("youSaid", d.youSaid());
            }
            if (d.weDid() != null) {
                one.add("weDid", d.weDid());
            }
            made.add(one);
        }
        JsonObjectBuilder out = Jsons.JSON.createObjectBuilder().add("planId", plan.planId()).add("personName", plan.personName())
                .add("status", plan.status().name()).add("version", plan.versionNo()).add("versionStatus", plan.versionStatus().name());
        if (plan.agreedOn() != null) {
            out.add("agreedOn", plan.agreedOn().toString());
        }
        if (plan.nextReviewDue() != null) {
            out.add("nextReviewDue", plan.nextReviewDue().toString());
        }
        return out.add("sections", sections).add("decisions", made).build();
    }

    /** Each plan in words, as the page shows it: each shared section, item by item, then the decisions. */
    private static byte[] write(List<Shown> all, String documentTitle) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document();
        try {
            PdfWriter.getInstance(document, bytes);
            document.addTitle(documentTitle);
            document.open();
            Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 18);
            Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14);
            Font label = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 11);
            Font text = FontFactory.getFont(FontFactory.HELVETICA, 11);
            if (all.isEmpty()) {
                document.add(new Paragraph(Messages.text("portal.noPlans"), text));
            }
            boolean first = true;
            for (Shown shown : all) {
                if (!first) {
                    document.newPage();
                }
                first = false;
                PortalPlanView plan = shown.plan();
                document.add(new Paragraph(Messages.text("portal.planOf") + " " + plan.personName(), title));
                for (SectionView s : plan.sections()) {
                    document.add(new Paragraph(Messages.text("section." + s.key().path()), heading));
                    SectionForm form = SectionForm.of(s.section());
                    for (SectionForm.Row row : form.getRows()) {
                        for (SectionForm.Field f : form.getFields()) {
                            String value = show(plan, f, row.getValues().get(f.name()));
                            if (value != null && !value.isBlank()) {
                                document.add(new Paragraph(Messages.text("field." + s.key().path() + "." + f.name()), label));
                                document.add(new Paragraph(value, text));
                            }
                        }
                        document.add(new Paragraph(" ", text));
                    }
                }
                document.add(new Paragraph(Messages.text("portal.decisionsHeading"), heading));
                for (DecisionSummary d : shown.decisions()) {
                    document.add(new Paragraph(d.question(), label));
                    document.add(new Paragraph(d.outcome(), text));
                    if (d.inputChangedOutcome() && d.youSaid() != null) {
                        document.add(new Paragraph(Messages.text("portal.youSaid") + ": " + d.youSaid(), text));
                        document.add(new Paragraph(Messages.text("portal.weDid") + ": " + d.weDid(), text));
                    }
                }
            }
        } catch (DocumentException unwritable) {
            throw new IllegalStateException("The PDF could not be written", unwritable);
        } finally {
            document.close();
        }
        return bytes.toByteArray();
    }
}
