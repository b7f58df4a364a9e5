package org.coplan.web.manager;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coplan.participation.Band;
import org.coplan.participation.LadderService;
import org.coplan.participation.LadderView;
import org.coplan.participationaudit.AuditFilter;
import org.coplan.participationaudit.ParticipationAuditService;
import org.coplan.participationaudit.ParticipationReport;
import org.coplan.participationaudit.ParticipationReport.DecisionGroup;
import org.coplan.people.TeamSummary;
import org.coplan.shared.BusinessException;
import org.coplan.shared.InvalidInputException;
import org.coplan.shared.RecordNotFoundException;
import org.coplan.web.FormMessages;
import org.coplan.web.Jsons;
import org.coplan.web.Messages;
import org.coplan.web.RowsPage;
import org.coplan.web.RecordPages;

/**
 * Backs /manager/audit.xhtml: the participation audit for the filters in the address (so a view
 * can be bookmarked, shared and drilled into), its charts with their tables, and the exports.
 */
@Named
@ViewScoped
public class ParticipationAuditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Colours for the ladder's four bands, each with at least 3:1 contrast against white. */
    private static final String[] BAND_COLOURS = {"#b10e1e", "#8f4f00", "#1d70b8", "#00703c"};

    @Inject
    transient ParticipationAuditService audit;

    @Inject
    transient LadderService ladderService;

    private final AuditFilterParams params = new AuditFilterParams();
    private String purpose;

    private ParticipationReport report;
    private AuditFilter filter;
    private List<TeamSummary> teams;
    private List<LadderView> ladders;

    public void load() throws IOException {
        if (report != null) {
            return;
        }
        try {
            filter = params.toFilter();
            report = audit.report(filter);
            tables.clear();
            // The form shows the period the report covers, also when the address left it out.
            params.setFrom(report.filters().from().toString());
            params.setTo(report.filters().to().toString());
        } catch (InvalidInputException invalid) {
            invalid.problems().forEach(p -> Messages.error("filter:" + p.field(), p.message()));
            Messages.error(null, Messages.text("audit.filterProblem"));
        } catch (RecordNotFoundException notTheirs) {
            RecordPages.notFound();
        }
    }

    /** Shows the audit for the filters chosen, at an address that carries them. */
    public String apply() {
        return "/manager/audit?faces-redirect=true&includeViewParams=true";
    }

    /** Downloads the view as CSV, with the purpose kept in the audit trail. */
    public void exportCsv() throws IOException {
        try {
            send(audit.exportCsv(filter, purpose).getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8", "csv");
        } catch (BusinessException refused) {
            FormMessages.refused("exportForm", Set.of("purpose"), refused);
        }
    }

    /** Downloads the view as a PDF report with its filters printed on it. */
    public void exportPdf() throws IOException {
        try {
            ParticipationReport exported = audit.exportForPdf(filter, purpose);
            send(AuditPdf.write(exported, purpose), "application/pdf", "pdf");
        } catch (BusinessException refused) {
            FormMessages.refused("exportForm", Set.of("purpose"), refused);
        }
    }

    private static void send(byte[] body, String type, String extension) throws IOException {
        org.coplan.web.Downloads.send(body, type, "participation-audit." + extension);
    }

    /** A stacked bar per team or project: how many decisions sat in each band of the ladder. */
    public String chart(List<DecisionGroup> groups) {
        JsonArrayBuilder labels = Jsons.JSON.createArrayBuilder();
        groups.forEach(g -> labels.add(g.name()));
        JsonArrayBuilder datasets = Jsons.JSON.createArrayBuilder();
        Band[] bands = Band.values();
        for (int i = 0; i < bands.length; i++) {
            Band band = bands[i];
            JsonArrayBuilder data = Jsons.JSON.createArrayBuilder();
            groups.forEach(g -> data.add(g.bands().getOrDefault(band.name(), 0L)));
            datasets.add(Jsons.JSON.createObjectBuilder().add("label", Messages.text("band." + band.name())).add("data", data)
                    .add("backgroundColor", BAND_COLOURS[i]));
        }
        var stacked = Jsons.JSON.createObjectBuilder().add("stacked", true);
        return Jsons.forScript(Jsons.JSON.createObjectBuilder().add("type", "bar")
                .add("data", Jsons.JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Jsons.JSON.createObjectBuilder().add("indexAxis", "y").add("maintainAspectRatio", false)
                        .add("animation", false)
                        .add("scales", Jsons.JSON.createObjectBuilder().add("x", stacked).add("y", Jsons.JSON.createObjectBuilder().add("stacked", true))))
                .build());
    }

    /** Pixels of chart height for this many bars, so that a long list stays readable. */
    public int chartHeight(int bars) {
        return 90 + 42 * Math.max(1, bars);
    }

    /** A share as people read it: "45% (9 of 20)". */
    public String share(org.coplan.participationaudit.Measures.Share share) {
        return share.of() == 0 ? Messages.text("audit.nothingToCount")
                : share.percent() + " (" + share.count() + " " + Messages.text("audit.of") + " " + share.of() + ")";
    }

    public String getFilterWords() {
        return AuditWords.filters(report.filters());
    }

    public String getThresholdWords() {
        var t = report.thresholds();
        return Messages.text("audit.thresholds").replace("{0}", pct(t.ownWords())).replace("{1}", pct(t.chaired()))
                .replace("{2}", pct(t.fedBackInTime())).replace("{3}", pct(t.amberMargin()));
    }

    private static String pct(double d) {
        return Math.round(d * 100) + "%";
    }

    public String flags(ParticipationReport.ProjectChecks checks) {
        return AuditWords.flags(checks);
    }

    public String lundy(ParticipationReport.Lundy lundy) {
        return AuditWords.lundy(lundy);
    }

    /** The teams in view that the manager manages: theirs to score against the principles. */
    public List<TeamSummary> getManagedTeams() {
        return report == null ? List.of() : getTeams().stream().filter(t -> report.filters().manages(t.id())).toList();
    }

    /** The localities of the teams in the manager's service areas. */
    public List<String> getLocalities() {
        return getTeams().stream().map(TeamSummary::locality).distinct().sorted().toList();
    }

    public List<Band> getBands() {
        return List.of(Band.values());
    }

    public long bandCount(DecisionGroup group, Band band) {
        return group.bands().getOrDefault(band.name(), 0L);
    }

    public String pounds(long pence) {
        return org.coplan.web.codesign.ProjectBacking.money(pence);
    }

    public String hours(long minutes) {
        return org.coplan.web.codesign.ProjectBacking.hoursOf(minutes);
    }

    /** The filters as an address query, for the drill-down links. */
    public String getFilterQuery() {
        return params.query();
    }

    public List<TeamSummary> getTeams() {
        if (teams == null) {
            teams = audit.teamsInScope();
        }
        return teams;
    }

    public List<LadderView> getLadders() {
        if (ladders == null) {
            ladders = ladderService.ladders();
        }
        return ladders;
    }

    public ParticipationReport getReport() {
        return report;
    }

    // ---- long tables, a page at a time ---------------------------------------------------------------

    /** Each long table's page, by the address parameter that carries it, and the section it opens at. */
    private static final Map<String, String> PAGED = Map.of("teamsPage", "teams-heading", "projectsPage", "projects-heading",
            "plansPage", "plans-heading", "checksPage", "checks-heading");

    private final Map<String, String> pages = new HashMap<>();

    /**
     * Each table's page, worked out once a view: the report does not change once loaded, and the
     * page's expressions (passed into includes) ask for the same table many times.
     */
    private final Map<String, RowsPage<?>> tables = new HashMap<>();

    @SuppressWarnings("unchecked")
    private <T> RowsPage<T> table(String page, java.util.function.Supplier<List<T>> rows) {
        return (RowsPage<T>) tables.computeIfAbsent(page, p -> RowsPage.of(rows.get(), pages.get(p)));
    }

    /** Decisions by team: the manager's own teams first, then the others of their service areas. */
    public RowsPage<DecisionGroup> getTeamGroups() {
        return table("teamsPage", () -> theirsFirst(report.teams(), DecisionGroup::id));
    }

    public RowsPage<DecisionGroup> getProjectGroups() {
        return table("projectsPage", report::projects);
    }

    /** Plans and reviews by team: the manager's own teams first. */
    public RowsPage<ParticipationReport.TeamPlans> getTeamPlans() {
        return table("plansPage", () -> theirsFirst(report.plans(), ParticipationReport.TeamPlans::teamId));
    }

    public RowsPage<ParticipationReport.ProjectChecks> getProjectChecks() {
        return table("checksPage", report::projectChecks);
    }

    private <T> List<T> theirsFirst(List<T> rows, java.util.function.ToLongFunction<T> team) {
        List<T> sorted = new ArrayList<>(rows);
        sorted.sort(java.util.Comparator.comparing(r -> !report.filters().manages(team.applyAsLong(r))));
        return sorted;
    }

    /** The address of another page of one table, keeping the filters and the other tables' pages. */
    public String pageLink(String which, int page) {
        StringBuilder q = new StringBuilder(params.query());
        new java.util.TreeMap<>(pages).forEach((name, value) -> {
            if (!name.equals(which) && value != null && value.matches("\\d{1,6}")) {
                q.append('&').append(name).append('=').append(value);
            }
        });
        q.append('&').append(which).append('=').append(page);
        return "?" + q.substring(1) + "#" + PAGED.get(which);
    }

    /** "Showing 26 to 50 of 1,400". */
    public String showing(RowsPage<?> page) {
        return Messages.text("audit.pageShowing").replace("{0}", String.format(java.util.Locale.UK, "%,d", page.first()))
                .replace("{1}", String.format(java.util.Locale.UK, "%,d", page.last()))
                .replace("{2}", String.format(java.util.Locale.UK, "%,d", page.total()));
    }

    /** "Page 2 of 56". */
    public String pageOf(RowsPage<?> page) {
        return Messages.text("audit.pageOf").replace("{0}", String.valueOf(page.page())).replace("{1}", String.valueOf(page.pages()));
    }

    public String getTeamsPage() {
        return pages.get("teamsPage");
    }

    public void setTeamsPage(String page) {
        pages.put("teamsPage", page);
        tables.clear();
    }

    public String getProjectsPage() {
        return pages.get("projectsPage");
    }

    public void setProjectsPage(String page) {
        pages.put("projectsPage", page);
        tables.clear();
    }

    public String getPlansPage() {
        return pages.get("plansPage");
    }

    public void setPlansPage(String page) {
        pages.put("plansPage", page);
        tables.clear();
    }

    public String getChecksPage() {
        return pages.get("checksPage");
    }

    public void setChecksPage(String page) {
        pages.put("checksPage", page);
        tables.clear();
    }

    public AuditFilterParams getParams() {
        return params;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }
}
