package org.coplan.participationaudit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.coplan.participationaudit.Measures.Share;
import org.coplan.participationaudit.ParticipationReport.DecisionGroup;
import org.coplan.participationaudit.ParticipationReport.ProjectChecks;
import org.coplan.participationaudit.ParticipationReport.QuarterRag;
import org.coplan.participationaudit.ParticipationReport.TeamPlans;

/**
 * The participation report as CSV (RFC 4180): the filters first, then one row per measure and
 * group — measure, group kind, group, value, count, of. A cell that a spreadsheet would read as
 * a formula (it begins with =, +, -, @, a tab or a carriage return, and is not a plain number such
 * as a negative gap) is neutralised with a leading apostrophe, so a team or project name can never run as a formula.
 */
public final class AuditCsv {

    private AuditCsv() {
    }

    public static String write(ParticipationReport report) {
        List<List<String>> rows = new ArrayList<>();
        var f = report.filters();
        rows.add(List.of("filter", "value"));
        rows.add(List.of("service areas", String.join(" ", f.serviceAreasSeen())));
        rows.add(List.of("team", f.teamName() == null ? "all" : f.teamName()));
        rows.add(List.of("locality", f.locality() == null ? "all" : f.locality()));
        rows.add(List.of("ladder", f.ladderName() == null ? "all" : f.ladderName()));
        rows.add(List.of("period", f.from() + " to " + f.to()));
        rows.add(List.of());
        rows.add(List.of("measure", "group kind", "group", "value", "count", "of"));
        var t = report.totals();
        t.bands().forEach((band, n) -> rows.add(List.of("decisions by band", "ALL", band, "", String.valueOf(n),
                String.valueOf(t.decisions()))));
        share(rows, "input changed the outcome", "ALL", "all", t.inputChanged());
        share(rows, "fed back", "ALL", "all", t.feedback().fedBack());
        share(rows, "fed back within 20 working days", "ALL", "all", t.feedback().inTime());
        rows.add(List.of("median working days to feed back", "ALL", "all", number(t.feedback().medianWorkingDays()), "", ""));
        rows.add(List.of("lived-experience gap (rungs)", "ALL", "all", number(t.gap()), String.valueOf(t.ratings()), ""));
        share(rows, "reviews chaired or co-chaired by the person", "ALL", "all", t.chairedOrCoChaired());
        share(rows, "plans with the person's own words", "ALL", "all", t.ownWords());
        share(rows, "plans co-signed by the person", "ALL", "all", t.coSigned());
        for (DecisionGroup g : concat(report.teams(), report.projects())) {
            for (Map.Entry<String, Long> b : g.bands().entrySet()) {
                rows.add(List.of("decisions by band", g.kind(), g.name(), b.getKey(), String.valueOf(b.getValue()),
                        String.valueOf(g.decisions())));
            }
            g.rungs().forEach(r -> rows.add(List.of("decisions by rung", g.kind(), g.name(), r.ordinal() + ". " + r.rung(),
                    String.valueOf(r.decisions()), String.valueOf(g.decisions()))));
            share(rows, "input changed the outcome", g.kind(), g.name(), g.inputChanged());
            share(rows, "fed back", g.kind(), g.name(), g.feedback().fedBack());
            share(rows, "fed back within 20 working days", g.kind(), g.name(), g.feedback().inTime());
            rows.add(List.of("lived-experience gap (rungs)", g.kind(), g.name(), number(g.gap()), String.valueOf(g.ratings()), ""));
        }
        for (TeamPlans p : report.plans()) {
            share(rows, "reviews chaired or co-chaired by the person", "TEAM", p.teamName(), p.chairedOrCoChaired());
            share(rows, "plans with the person's own words", "TEAM", p.teamName(), p.ownWords());
            share(rows, "plans co-signed by the person", "TEAM", p.teamName(), p.coSigned());
        }
        for (ProjectChecks c : report.projectChecks()) {
            rows.add(List.of("all decisions below the target band", "PROJECT", c.name(), yes(c.allDecisionsBelowTarget()), "", ""));
            rows.add(List.of("sessions with no lived-experience attendee", "PROJECT", c.name(), "",
                    String.valueOf(c.sessionsWithoutLivedExperience()), String.valueOf(c.sessionsHeld())));
            rows.add(List.of("unpaid contributors never paid", "PROJECT", c.name(), "", String.valueOf(c.unpaidNeverPaid()),
                    String.valueOf(c.unpaidContributors())));
            rows.add(List.of("pledges kept", "PROJECT", c.name(), "", String.valueOf(c.pledgesKept()), String.valueOf(c.pledges())));
            rows.add(List.of("hours of unpaid contributors", "PROJECT", c.name(), String.format(java.util.Locale.UK, "%.1f",
                    c.minutes() / 60.0), "", ""));
            rows.add(List.of("paid (pence)", "PROJECT", c.name(), String.valueOf(c.paidPence()), "", ""));
            rows.add(List.of("owed (pence)", "PROJECT", c.name(), String.valueOf(c.owedPence()), "", ""));
            rows.add(List.of("median days to pay", "PROJECT", c.name(), number(c.medianDaysToPay()), "", ""));
            var l = c.lundy();
            rows.add(List.of("Lundy: space, voice, audience, influence, feedback", "PROJECT", c.name(),
                    yes(l.space()) + " " + yes(l.voice()) + " " + yes(l.audience()) + " " + yes(l.influence()) + " " + yes(l.feedback()),
                    "", ""));
        }
        for (var pr : report.principles()) {
            rows.add(List.of("principle score by the team: " + pr.principle(), "ALL", "all", number(pr.teamScore()),
                    String.valueOf(pr.teamScores()), ""));
            rows.add(List.of("principle score by lived-experience partners: " + pr.principle(), "ALL", "all",
                    number(pr.partnersScore()), String.valueOf(pr.partnersScores()), ""));
            if (pr.evidenceValue() != null) {
                rows.add(List.of("principle evidence: " + pr.principle(), "ALL", "all", number(pr.evidenceValue()), "", ""));
            } else {
                share(rows, "principle evidence: " + pr.principle(), "ALL", "all", pr.evidence());
            }
        }
        for (QuarterRag q : report.quarters()) {
            rows.add(List.of("RAG own words", "QUARTER", q.quarter(), q.ownWordsRag().name(), String.valueOf(q.ownWords().count()),
                    String.valueOf(q.ownWords().of())));
            rows.add(List.of("RAG chaired or co-chaired", "QUARTER", q.quarter(), q.chairedRag().name(),
                    String.valueOf(q.chaired().count()), String.valueOf(q.chaired().of())));
            rows.add(List.of("RAG fed back within 20 working days", "QUARTER", q.quarter(), q.fedBackRag().name(),
                    String.valueOf(q.fedBackInTime().count()), String.valueOf(q.fedBackInTime().of())));
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                out.append(cell(row.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /** One cell: neutralised if a spreadsheet would run it, quoted if it holds a comma, quote or line break. */
    public static String cell(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = value;
        char first = value.charAt(0);
        boolean plainNumber = value.matches("-?\\d+(\\.\\d+)?");
        if (!plainNumber && (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')) {
            safe = "'" + value;
        }
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    private static void share(List<List<String>> rows, String measure, String kind, String group, Share s) {
        rows.add(List.of(measure, kind, group, s.percent(), String.valueOf(s.count()), String.valueOf(s.of())));
    }

    private static String number(Double d) {
        return d == null ? "" : String.valueOf(d);
    }

    private static String yes(boolean b) {
        return b ? "yes" : "no";
    }

    private static <T> List<T> concat(List<? extends T> a, List<? extends T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
