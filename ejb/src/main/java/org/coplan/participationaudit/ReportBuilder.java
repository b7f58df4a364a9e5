package org.coplan.participationaudit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.coplan.participationaudit.Measures.Feedback;
import org.coplan.participationaudit.Measures.FeedbackCount;
import org.coplan.participationaudit.Measures.Share;
import org.coplan.participationaudit.ParticipationReport.DecisionGroup;
import org.coplan.participationaudit.ParticipationReport.Filters;
import org.coplan.participationaudit.ParticipationReport.ProjectChecks;
import org.coplan.participationaudit.ParticipationReport.QuarterRag;
import org.coplan.participationaudit.ParticipationReport.RungCount;
import org.coplan.participationaudit.ParticipationReport.TeamPlans;

/**
 * Puts the participation report together from the rows the database counted (each query's
 * columns are described on {@link ParticipationAuditRepository}'s method of the same name).
 * No query, no container: unit-tested on hand-made rows.
 */
final class ReportBuilder {

    /** What the repository's queries returned, and the names of the teams in scope. */
    record Rows(List<Object[]> rungCounts, List<Object[]> feedbackCounts, List<Object[]> gaps, List<Object[]> reviewCounts,
                List<Object[]> planCounts, List<Object[]> projects, List<Object[]> pledgeCounts, List<Object[]> contributionCounts,
                List<Object[]> principleScores, Map<Long, String> teamNames) {
    }

    private ReportBuilder() {
    }

    static ParticipationReport build(Rows rows, Filters filters, LocalDate today, ParticipationReport.Thresholds t) {
        Map<Long, String> teamNames = rows.teamNames();

        // Decisions, by team and by project.
        Map<GroupKey, GroupBuilder> groups = new LinkedHashMap<>();
        for (Object[] r : rows.rungCounts()) {
            GroupBuilder g = groups.computeIfAbsent(new GroupKey(r[0], number(r[1])), k -> new GroupBuilder((String) r[0], number(r[1]), (String) r[2]));
            long count = number(r[6]);
            g.rungs.add(new RungCount((String) r[3], (int) number(r[4]), (String) r[5], count));
            g.bands.merge((String) r[3], count, Long::sum);
            g.decisions += count;
            g.changed += number(r[7]);
            g.lived += number(r[8]);
            g.jointly += number(r[9]);
            g.livedDecider += number(r[10]);
        }
        Map<Long, String> quarterNames = new HashMap<>();
        for (Object[] r : rows.feedbackCounts()) {
            GroupBuilder g = groups.get(new GroupKey(r[0], number(r[1])));
            if (g != null) {
                String quarter = quarterNames.computeIfAbsent(number(r[2]) * 10 + number(r[3]), k -> k / 10 + " Q" + k % 10);
                g.dated.add(new FeedbackCount(quarter, r[4] == null ? null : (int) number(r[4]), number(r[5]) == 1, number(r[6])));
            }
        }
        for (Object[] r : rows.gaps()) {
            GroupBuilder g = groups.get(new GroupKey(r[0], number(r[1])));
            if (g != null) {
                g.gapSum = number(r[2]);
                g.ratings = number(r[3]);
            }
        }
        List<DecisionGroup> teamGroups = new ArrayList<>();
        List<DecisionGroup> projectGroups = new ArrayList<>();
        for (GroupBuilder g : groups.values()) {
            (g.kind.equals("TEAM") ? teamGroups : projectGroups).add(g.build(today));
        }
        teamGroups.sort(Comparator.comparing(DecisionGroup::name));
        projectGroups.sort(Comparator.comparing(DecisionGroup::name));

        // Reviews and plans, by team.
        Map<Long, Share> chaired = new HashMap<>();
        Map<String, Share> chairedByQuarter = new TreeMap<>();
        for (Object[] r : rows.reviewCounts()) {
            long n = number(r[4]);
            Share s = new Share("NOT_CHAIRED".equals(r[3]) ? 0 : n, n);
            chaired.merge(number(r[0]), s, Share::plus);
            chairedByQuarter.merge(number(r[1]) + " Q" + number(r[2]), s, Share::plus);
        }
        Map<Long, Object[]> planRows = rows.planCounts().stream().collect(Collectors.toMap(r -> number(r[0]), r -> r));
        long allPlans = 0;
        long withStrengths = 0;
        long circleMembers = 0;
        long usingOffers = 0;
        for (Object[] p : planRows.values()) {
            allPlans += number(p[1]);
            withStrengths += number(p[5]);
            circleMembers += number(p[6]);
            usingOffers += number(p[7]);
        }
        List<TeamPlans> plans = new ArrayList<>();
        Set<Long> planTeams = new TreeSet<>(chaired.keySet());
        planTeams.addAll(planRows.keySet());
        for (Long team : planTeams) {
            Object[] p = planRows.get(team);
            plans.add(new TeamPlans(team, teamNames.getOrDefault(team, ""), chaired.getOrDefault(team, Share.NONE),
                    p == null ? Share.NONE : new Share(number(p[2]), number(p[1])),
                    p == null ? Share.NONE : new Share(number(p[4]), number(p[3]))));
        }
        plans.sort(Comparator.comparing(TeamPlans::teamName));

        // Projects: flags, pledges, hours and payments, Lundy.
        Map<Long, long[]> pledges = new HashMap<>();
        for (Object[] r : rows.pledgeCounts()) {
            long[] p = pledges.computeIfAbsent(number(r[0]), k -> new long[4]);
            long n = number(r[2]);
            p[0] += n;
            if ("KEPT".equals(r[1])) {
                p[1] += n;
            } else if ("BROKEN".equals(r[1])) {
                p[2] += n;
            }
            p[3] += number(r[3]);
        }
        Map<Long, long[]> money = new HashMap<>();
        Map<Long, Map<Integer, Long>> daysToPay = new HashMap<>();
        for (Object[] r : rows.contributionCounts()) {
            long project = number(r[0]);
            long[] m = money.computeIfAbsent(project, k -> new long[3]);
            LocalDate claimed = date(r[1]);
            LocalDate paid = date(r[2]);
            m[0] += number(r[4]);
            if (paid != null) {
                m[1] += number(r[5]);
                daysToPay.computeIfAbsent(project, k -> new TreeMap<>())
                        .merge((int) (paid.toEpochDay() - claimed.toEpochDay()), number(r[3]), Long::sum);
            } else {
                m[2] += number(r[5]);
            }
        }
        Map<Long, DecisionGroup> byProject = projectGroups.stream().collect(Collectors.toMap(DecisionGroup::id, g -> g));
        List<ProjectChecks> checks = new ArrayList<>();
        for (Object[] r : rows.projects()) {
            long id = number(r[0]);
            DecisionGroup g = byProject.get(id);
            long decisions = g == null ? 0 : g.decisions();
            int highest = g == null ? 0 : g.rungs().stream().mapToInt(RungCount::ordinal).max().orElse(0);
            long[] p = pledges.getOrDefault(id, new long[4]);
            long[] m = money.getOrDefault(id, new long[3]);
            Feedback feedback = g == null ? Measures.feedbackOf(List.of()) : g.feedback();
            checks.add(new ProjectChecks(id, (String) r[1], (String) r[2], (String) r[3],
                    Measures.allDecisionsBelowTargetBand(decisions, highest, (int) number(r[4])),
                    number(r[6]), number(r[7]), number(r[8]), number(r[9]), p[0], p[1], p[2], p[3], m[0], m[1], m[2],
                    Measures.median(daysToPay.getOrDefault(id, Map.of())),
                    Measures.lundy(number(r[6]) - number(r[7]), g == null ? 0 : g.livedExperienceProposed(), number(r[5]) == 1,
                            g == null ? Share.NONE : g.inputChanged(), feedback, t.fedBackInTime())));
        }

        // Totals over everything in the filter.
        List<DecisionGroup> all = new ArrayList<>(teamGroups);
        all.addAll(projectGroups);
        Map<String, Long> bands = new LinkedHashMap<>();
        List<FeedbackCount> allDated = new ArrayList<>();
        Share changed = Share.NONE;
        long gapSum = 0;
        long ratings = 0;
        for (GroupBuilder g : groups.values()) {
            g.bands.forEach((b, n) -> bands.merge(b, n, Long::sum));
            allDated.addAll(g.dated);
            changed = changed.plus(new Share(g.changed, g.decisions));
            gapSum += g.gapSum;
            ratings += g.ratings;
        }
        Share allChaired = plans.stream().map(TeamPlans::chairedOrCoChaired).reduce(Share.NONE, Share::plus);
        Share allOwnWords = plans.stream().map(TeamPlans::ownWords).reduce(Share.NONE, Share::plus);
        Share allCoSigned = plans.stream().map(TeamPlans::coSigned).reduce(Share.NONE, Share::plus);
        Map<Integer, Long> allDaysToPay = new TreeMap<>();
        daysToPay.values().forEach(h -> h.forEach((d, n) -> allDaysToPay.merge(d, n, Long::sum)));
        var totals = new ParticipationReport.Totals(all.stream().mapToLong(DecisionGroup::decisions).sum(), bands, changed,
                Measures.feedbackOf(allDated), Measures.meanGap(gapSum, ratings), ratings, allChaired, allOwnWords, allCoSigned,
                checks.stream().mapToLong(ProjectChecks::pledges).sum(), checks.stream().mapToLong(ProjectChecks::pledgesKept).sum(),
                checks.stream().mapToLong(ProjectChecks::minutes).sum(), checks.stream().mapToLong(ProjectChecks::paidPence).sum(),
                checks.stream().mapToLong(ProjectChecks::owedPence).sum(), Measures.median(allDaysToPay));

        // The quarterly summary.
        Map<String, List<FeedbackCount>> datedByQuarter = new TreeMap<>();
        allDated.forEach(d -> datedByQuarter.computeIfAbsent(d.quarter(), k -> new ArrayList<>()).add(d));
        List<QuarterRag> quarters = new ArrayList<>();
        String latest = Measures.quarterOf(filters.to());
        for (LocalDate q = Measures.quarterStart(filters.from()); !q.isAfter(filters.to()); q = q.plusMonths(3)) {
            String name = Measures.quarterOf(q);
            Share own = name.equals(latest) ? allOwnWords : Share.NONE;
            Share ch = chairedByQuarter.getOrDefault(name, Share.NONE);
            Share fed = Measures.feedbackOf(datedByQuarter.getOrDefault(name, List.of())).inTime();
            quarters.add(new QuarterRag(name, q, q.plusMonths(3).minusDays(1), own, Measures.rag(own, t.ownWords(), t.amberMargin()), ch,
                    Measures.rag(ch, t.chaired(), t.amberMargin()), fed, Measures.rag(fed, t.fedBackInTime(), t.amberMargin())));
        }
        // The six co-production principles: the latest quarter's scores beside the records' evidence.
        long jointly = groups.values().stream().mapToLong(g -> g.jointly).sum();
        long livedDecider = groups.values().stream().mapToLong(g -> g.livedDecider).sum();
        Map<String, long[]> scores = new HashMap<>();
        for (Object[] r : rows.principleScores()) {
            scores.put(r[0] + ":" + r[1], new long[] {number(r[2]), number(r[3])});
        }
        Map<Principle, Share> evidence = Map.of(
                Principle.ASSETS, new Share(withStrengths, allPlans),
                Principle.CAPABILITIES, new Share(jointly, totals.decisions()),
                Principle.RECIPROCITY, new Share(totals.pledgesKept(), totals.pledges()),
                Principle.PEER_NETWORKS, Share.NONE,
                Principle.BLURRING_DISTINCTIONS, new Share(livedDecider, totals.decisions()),
                Principle.FACILITATING, new Share(usingOffers, allPlans));
        List<ParticipationReport.PrincipleRow> principles = new ArrayList<>();
        for (Principle principle : Principle.values()) {
            long[] team = scores.getOrDefault(principle + ":" + ScoredBy.TEAM, new long[2]);
            long[] partners = scores.getOrDefault(principle + ":" + ScoredBy.PARTNERS, new long[2]);
            principles.add(new ParticipationReport.PrincipleRow(principle, Measures.mean(team[0], team[1]), team[1],
                    Measures.mean(partners[0], partners[1]), partners[1], evidence.get(principle),
                    principle == Principle.PEER_NETWORKS ? Measures.mean(circleMembers, allPlans) : null));
        }
        return new ParticipationReport(filters, teamGroups, projectGroups, plans, checks, totals, quarters,
                t, principles);
    }

    /** A team ("TEAM") or a project ("PROJECT") and its id. */
    private record GroupKey(Object kind, long id) {
    }

    private static final class GroupBuilder {
        final String kind;
        final long id;
        final String name;
        final List<RungCount> rungs = new ArrayList<>();
        final Map<String, Long> bands = new LinkedHashMap<>();
        final List<FeedbackCount> dated = new ArrayList<>();
        long decisions;
        long changed;
        long lived;
        long jointly;
        long livedDecider;
        long gapSum;
        long ratings;

        GroupBuilder(String kind, long id, String name) {
            this.kind = kind;
            this.id = id;
            this.name = name;
        }

        DecisionGroup build(LocalDate today) {
            rungs.sort(Comparator.comparingInt(RungCount::ordinal));
            return new DecisionGroup(kind, id, name, decisions, List.copyOf(rungs), Map.copyOf(bands), new Share(changed, decisions),
                    lived, Measures.feedbackOf(dated), Measures.meanGap(gapSum, ratings), ratings);
        }
    }


    private static long number(Object value) {
        return ParticipationAuditRepository.number(value);
    }

    private static LocalDate date(Object value) {
        return ParticipationAuditRepository.date(value);
    }
}
