package org.coplan.web.manager;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.coplan.participation.Band;
import org.coplan.participationaudit.Measures.Share;
import org.coplan.participationaudit.ParticipationReport;
import org.coplan.participationaudit.ParticipationReport.DecisionGroup;
import org.coplan.web.Messages;

/** The participation audit as a PDF report: the filters printed first, then the same tables as the screen. */
final class AuditPdf {

    private AuditPdf() {
    }

    static byte[] write(ParticipationReport report, String purpose) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate());
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
        Font text = FontFactory.getFont(FontFactory.HELVETICA, 9);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
        try {
            PdfWriter.getInstance(document, bytes);
            document.addTitle(Messages.text("audit.title"));
            document.open();
            document.add(new Paragraph(Messages.text("audit.title"), title));
            document.add(new Paragraph(Messages.text("audit.filteredBy") + " " + AuditWords.filters(report.filters()), text));
            document.add(new Paragraph(Messages.text("audit.purpose") + ": " + purpose, text));

            document.add(new Paragraph(Messages.text("audit.ragHeading"), heading));
            PdfPTable rag = table(List.of(Messages.text("audit.quarter"), Messages.text("audit.ownWords"), Messages.text("audit.chaired"),
                    Messages.text("audit.fedBackInTime")), bold);
            for (var q : report.quarters()) {
                row(rag, text, q.quarter(), q.ownWordsRag() + " " + q.ownWords().percent(), q.chairedRag() + " " + q.chaired().percent(),
                        q.fedBackRag() + " " + q.fedBackInTime().percent());
            }
            document.add(rag);

            decisions(document, Messages.text("audit.teamsHeading"), report.teams(), heading, text, bold);
            decisions(document, Messages.text("audit.projectsHeading"), report.projects(), heading, text, bold);

            document.add(new Paragraph(Messages.text("audit.plansHeading"), heading));
            PdfPTable plans = table(List.of(Messages.text("audit.team"), Messages.text("audit.chaired"), Messages.text("audit.ownWords"),
                    Messages.text("audit.coSigned")), bold);
            for (var p : report.plans()) {
                row(plans, text, p.teamName(), share(p.chairedOrCoChaired()), share(p.ownWords()), share(p.coSigned()));
            }
            document.add(plans);

            document.add(new Paragraph(Messages.text("audit.checksHeading"), heading));
            PdfPTable checks = table(List.of(Messages.text("audit.project"), Messages.text("audit.flags"), Messages.text("audit.pledgesKept"),
                    Messages.text("audit.hoursPaid"), Messages.text("audit.lundy")), bold);
            for (var c : report.projectChecks()) {
                row(checks, text, c.name(), AuditWords.flags(c), c.pledgesKept() + " / " + c.pledges(),
                        org.coplan.web.codesign.ProjectBacking.hoursOf(c.minutes()) + " h; "
                                + org.coplan.web.codesign.ProjectBacking.money(c.paidPence()) + " paid, "
                                + org.coplan.web.codesign.ProjectBacking.money(c.owedPence()) + " owed",
                        AuditWords.lundy(c.lundy()));
            }
            document.add(checks);
        } catch (DocumentException unwritable) {
            throw new IllegalStateException("The PDF could not be written", unwritable);
        } finally {
            document.close();
        }
        return bytes.toByteArray();
    }

    private static void decisions(Document document, String title, List<DecisionGroup> groups, Font heading, Font text, Font bold)
            throws DocumentException {
        document.add(new Paragraph(title, heading));
        List<String> headers = new java.util.ArrayList<>(List.of(Messages.text("audit.group")));
        for (Band b : Band.values()) {
            headers.add(Messages.text("band." + b.name()));
        }
        headers.addAll(List.of(Messages.text("audit.inputChanged"), Messages.text("audit.fedBack"), Messages.text("audit.fedBackInTime"),
                Messages.text("audit.gap")));
        PdfPTable table = table(headers, bold);
        for (DecisionGroup g : groups) {
            List<String> cells = new java.util.ArrayList<>(List.of(g.name()));
            for (Band b : Band.values()) {
                cells.add(String.valueOf(g.bands().getOrDefault(b.name(), 0L)));
            }
            cells.addAll(List.of(share(g.inputChanged()), share(g.feedback().fedBack()), share(g.feedback().inTime()),
                    g.gap() == null ? "–" : String.valueOf(g.gap())));
            row(table, text, cells.toArray(String[]::new));
        }
        document.add(table);
    }

    private static String share(Share s) {
        return s.percent() + " (" + s.count() + "/" + s.of() + ")";
    }

    private static PdfPTable table(List<String> headers, Font bold) {
        PdfPTable table = new PdfPTable(headers.size());
        table.setWidthPercentage(100);
        table.setSpacingBefore(4);
        table.setSpacingAfter(10);
        table.setHeaderRows(1);
        headers.forEach(h -> table.addCell(new com.lowagie.text.Phrase(h, bold)));
        return table;
    }

    private static void row(PdfPTable table, Font text, String... cells) {
        for (String c : cells) {
            table.addCell(new com.lowagie.text.Phrase(c == null ? "" : c, text));
        }
    }
}
