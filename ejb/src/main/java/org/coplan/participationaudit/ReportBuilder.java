package org.coplan.participationaudit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.coplan.participationaudit.Measures.Feedback;
import org.coplan.participationaudit.Measures.FeedbackCount;
import org.coplan.participationaudit.Measures.FeedbackTally;
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

    private static final Feedback NO_FEEDBACK = Measures.feedbackOf(List.of());

    private ReportBuilder() {
    }

    /**
     * One team's or one project's figures, built once from its own rows and kept with them
     * ({@link KeptCounts}), so that a report only adds figures together. A team has its decisions
     * (plans and reviews), its reviews' chairing and its plans' counts; a project its decisions
     * (and its sessions'), its row, pledges and payments. What a group has none of is null or empty.
     */
    record Figures(KeptCounts.Group group, DecisionGroup decisions, long changed, long jointly, long livedDecider, long gapSum,
                   long ratings, int highestRung, FeedbackTally feedback, Map<String, Share> fedInTimeByQuarter, Share chaired,
                   Map<String, Share> chairedByQuarter, PlanNumbers plans, Object[] project, long[] pledges, long[] money,
                   Map<Integer, Long> daysToPay, Double medianDaysToPay) {

        static Figures none(KeptCounts.Group group) {
            return new Figures(group, null, 0, 0, 0, 0, 0, 0, new FeedbackTally(), Map.of(), null, Map.of(), null, null, new long[4],
                    new long[3], Map.of(), null);
        }

        boolean hasPlans() {
            return chaired != null || plans != null;
        }
    }

    /** A team's plans: how many, in their own words, agreed and co-signed, with strengths, circle members, using offers. */
    record PlanNumbers(long plans, long ownWords, long agreed, long coSigned, long withStrengths, long circleMembers, long usingOffers) {
    }

    /** Every team's and project's figures in the rows given (of any number of teams and projects). */
    static Map<KeptCounts.Group, Figures> figures(KeptCounts.GroupRows rows, LocalDate today) {
        Map<KeptCounts.Group, Figures> out = new HashMap<>();
        rows.byGroup().forEach((group, own) -> out.put(group, figuresOf(group, own, today)));
        return out;
    }

    /** One team's or project's figures from its own rows only. */
    private static Figures figuresOf(KeptCounts.Group group, KeptCounts.GroupRows rows, LocalDate today) {
        DecisionGroup decisions = null;
        long changed = 0;
        long jointly = 0;
        long livedDecider = 0;
        long gapSum = 0;
        long ratings = 0;
        int highest = 0;
        FeedbackTally feedback = new FeedbackTally();
        Map<String, FeedbackTally> feedbackByQuarter = new HashMap<>();
        if (!rows.rungs().isEmpty()) {
            List<RungCount> rungs = new ArrayList<>();
            Map<String, Long> bands = new HashMap<>();
            long count = 0;
            long lived = 0;
            for (Object[] r : rows.rungs()) {
                long n = number(r[6]);
                rungs.add(new RungCount((String) r[3], (int) number(r[4]), (String) r[5], n));
                bands.merge((String) r[3], n, Long::sum);
                count += n;
                changed += number(r[7]);
                lived += number(r[8]);
                jointly += number(r[9]);
                livedDecider += number(r[10]);
            }
            for (Object[] r : rows.feedback()) {
                var dated = new FeedbackCount(number(r[2]) + " Q" + number(r[3]), r[4] == null ? null : (int) number(r[4]),
                        number(r[5]) == 1, number(r[6]));
                feedback.add(dated);
                feedbackByQuarter.computeIfAbsent(dated.quarter(), q -> new FeedbackTally()).add(dated);
            }
            for (Object[] r : rows.gaps()) {
                gapSum = number(r[2]);
                ratings = number(r[3]);
            }
            rungs.sort(Comparator.comparingInt(RungCount::ordinal));
            highest = rungs.stream().mapToInt(RungCount::ordinal).max().orElse(0);
            decisions = new DecisionGroup(group.kind(), group.id(), (String) rows.rungs().get(0)[2], count, List.copyOf(rungs),
                    Map.copyOf(bands), new Share(changed, count), lived, feedback.feedback(), Measures.meanGap(gapSum, ratings),
                    ratings);
        }

        Share chaired = null;
        Map<String, Share> chairedByQuarter = new TreeMap<>();
        for (Object[] r : rows.reviews()) {
            long n = number(r[4]);
            Share s = new Share("NOT_CHAIRED".equals(r[3]) ? 0 : n, n);
            chaired = chaired == null ? s : chaired.plus(s);
            chairedByQuarter.merge(number(r[1]) + " Q" + number(r[2]), s, Share::plus);
        }
        PlanNumbers plans = null;
        for (Object[] p : rows.plans()) {
            plans = new PlanNumbers(number(p[1]), number(p[2]), number(p[3]), number(p[4]), number(p[5]), number(p[6]), number(p[7]));
        }

        long[] pledges = new long[4];
        for (Object[] r : rows.pledges()) {
            long n = number(r[2]);
            pledges[0] += n;
            if ("KEPT".equals(r[1])) {
                pledges[1] += n;
            } else if ("BROKEN".equals(r[1])) {
                pledges[2] += n;
            }
            pledges[3] += number(r[3]);
        }
        long[] money = new long[3];
        Map<Integer, Long> daysToPay = new TreeMap<>();
        for (Object[] r : rows.contributions()) {
            LocalDate claimed = date(r[1]);
            LocalDate paid = date(r[2]);
            money[0] += number(r[4]);
            if (paid != null) {
                money[1] += number(r[5]);
                daysToPay.merge((int) (paid.toEpochDay() - claimed.toEpochDay()), number(r[3]), Long::sum);
            } else {
                money[2] += number(r[5]);
            }
        }
        Object[] project = rows.projects().isEmpty() ? null : rows.projects().get(0);
        Map<String, Share> fedInTimeByQuarter = new HashMap<>();
        feedbackByQuarter.forEach((q, tally) -> fedInTimeByQuarter.put(q, tally.inTime()));
        return new Figures(group, decisions, changed, jointly, livedDecider, gapSum, ratings, highest, feedback,
                Map.copyOf(fedInTimeByQuarter), chaired, Map.copyOf(chairedByQuarter), plans, project, pledges, money,
                Map.copyOf(daysToPay), Measures.median(daysToPay));
    }

    /** The report from rows of every team and project at once (as one count of a whole scope gives them). */
    static ParticipationReport build(Rows rows, Filters filters, LocalDate today, ParticipationReport.Thresholds t) {
        var all = new KeptCounts.GroupRows(rows.rungCounts(), rows.feedbackCounts(), rows.gaps(), rows.reviewCounts(), rows.planCounts(),
                rows.projects(), rows.pledgeCounts(), rows.contributionCounts());
        return build(figures(all, today).values(), rows.principleScores(), rows.teamNames(), filters, t);
    }

    /**
     * The report from each team's and project's figures: adds them together. No figure is worked
     * out again from rows here, so a request costs a pass over a few numbers a team or project.
     */
    static ParticipationReport build(Collection<Figures> figures, List<Object[]> principleScores, Map<Long, String> teamNames,
                                     Filters filters, ParticipationReport.Thresholds t) {
        List<DecisionGroup> teamGroups = new ArrayList<>();
        List<DecisionGroup> projectGroups = new ArrayList<>();
        List<TeamPlans> plans = new ArrayList<>();
        List<ProjectChecks> checks = new ArrayList<>();
        Map<String, Long> bands = new HashMap<>();
        Map<String, Share> chairedByQuarter = new TreeMap<>();
        Map<Integer, Long> allDaysToPay = new TreeMap<>();
        FeedbackTally allFeedback = new FeedbackTally();
        Map<String, Share> fedInTimeByQuarter = new HashMap<>();
        long decisions = 0;
        Share changed = Share.NONE;
        long gapSum = 0;
        long ratings = 0;
        long jointly = 0;
        long livedDecider = 0;
        PlanNumbers planTotals = new PlanNumbers(0, 0, 0, 0, 0, 0, 0);
        for (Figures f : figures) {
            DecisionGroup g = f.decisions();
            if (g != null) {
                (g.kind().equals("TEAM") ? teamGroups : projectGroups).add(g);
                g.bands().forEach((b, n) -> bands.merge(b, n, Long::sum));
                allFeedback.add(f.feedback());
                f.fedInTimeByQuarter().forEach((q, in) -> fedInTimeByQuarter.merge(q, in, Share::plus));
                decisions += g.decisions();
                changed = changed.plus(g.inputChanged());
                gapSum += f.gapSum();
                ratings += f.ratings();
                jointly += f.jointly();
                livedDecider += f.livedDecider();
            }
            if (f.hasPlans()) {
                PlanNumbers p = f.plans();
                plans.add(new TeamPlans(f.group().id(), teamNames.getOrDefault(f.group().id(), ""),
                        f.chaired() == null ? Share.NONE : f.chaired(),
                        p == null ? Share.NONE : new Share(p.ownWords(), p.plans()),
                        p == null ? Share.NONE : new Share(p.coSigned(), p.agreed())));
                f.chairedByQuarter().forEach((q, s) -> chairedByQuarter.merge(q, s, Share::plus));
                if (p != null) {
                    planTotals = new PlanNumbers(planTotals.plans() + p.plans(), 0, 0, 0, planTotals.withStrengths() + p.withStrengths(),
                            planTotals.circleMembers() + p.circleMembers(), planTotals.usingOffers() + p.usingOffers());
                }
            }
            if (f.project() != null) {
                checks.add(checks(f, t));
            }
            f.daysToPay().forEach((d, n) -> allDaysToPay.merge(d, n, Long::sum));
        }
        teamGroups.sort(Comparator.comparing(DecisionGroup::name).thenComparingLong(DecisionGroup::id));
        projectGroups.sort(Comparator.comparing(DecisionGroup::name).thenComparingLong(DecisionGroup::id));
        plans.sort(Comparator.comparing(TeamPlans::teamName).thenComparingLong(TeamPlans::teamId));
        checks.sort(Comparator.comparing(ProjectChecks::name).thenComparingLong(ProjectChecks::id));

        // Totals over everything in the filter.
        Share allChaired = plans.stream().map(TeamPlans::chairedOrCoChaired).reduce(Share.NONE, Share::plus);
        Share allOwnWords = plans.stream().map(TeamPlans::ownWords).reduce(Share.NONE, Share::plus);
        Share allCoSigned = plans.stream().map(TeamPlans::coSigned).reduce(Share.NONE, Share::plus);
        var totals = new ParticipationReport.Totals(decisions, bands, changed,
                allFeedback.feedback(), Measures.meanGap(gapSum, ratings), ratings, allChaired, allOwnWords, allCoSigned,
                checks.stream().mapToLong(ProjectChecks::pledges).sum(), checks.stream().mapToLong(ProjectChecks::pledgesKept).sum(),
                checks.stream().mapToLong(ProjectChecks::minutes).sum(), checks.stream().mapToLong(ProjectChecks::paidPence).sum(),
                checks.stream().mapToLong(ProjectChecks::owedPence).sum(), Measures.median(allDaysToPay));

        // The quarterly summary.
        List<QuarterRag> quarters = new ArrayList<>();
        String latest = Measures.quarterOf(filters.to());
        for (LocalDate q = Measures.quarterStart(filters.from()); !q.isAfter(filters.to()); q = q.plusMonths(3)) {
            String name = Measures.quarterOf(q);
            Share own = name.equals(latest) ? allOwnWords : Share.NONE;
            Share ch = chairedByQuarter.getOrDefault(name, Share.NONE);
            Share fed = fedInTimeByQuarter.getOrDefault(name, Share.NONE);
            quarters.add(new QuarterRag(name, q, q.plusMonths(3).minusDays(1), own, Measures.rag(own, t.ownWords(), t.amberMargin()), ch,
                    Measures.rag(ch, t.chaired(), t.amberMargin()), fed, Measures.rag(fed, t.fedBackInTime(), t.amberMargin())));
        }
        // The six co-production principles: the latest quarter's scores beside the records' evidence.
        Map<String, long[]> scores = new HashMap<>();
        for (Object[] r : principleScores) {
            scores.put(r[0] + ":" + r[1], new long[] {number(r[2]), number(r[3])});
        }
        Map<Principle, Share> evidence = Map.of(
                Principle.ASSETS, new Share(planTotals.withStrengths(), planTotals.plans()),
                Principle.CAPABILITIES, new Share(jointly, totals.decisions()),
                Principle.RECIPROCITY, new Share(totals.pledgesKept(), totals.pledges()),
                Principle.PEER_NETWORKS, Share.NONE,
                Principle.BLURRING_DISTINCTIONS, new Share(livedDecider, totals.decisions()),
                Principle.FACILITATING, new Share(planTotals.usingOffers(), planTotals.plans()));
        List<ParticipationReport.PrincipleRow> principles = new ArrayList<>();
        for (Principle principle : Principle.values()) {
            long[] team = scores.getOrDefault(principle + ":" + ScoredBy.TEAM, new long[2]);
            long[] partners = scores.getOrDefault(principle + ":" + ScoredBy.PARTNERS, new long[2]);
            principles.add(new ParticipationReport.PrincipleRow(principle, Measures.mean(team[0], team[1]), team[1],
                    Measures.mean(partners[0], partners[1]), partners[1], evidence.get(principle),
                    principle == Principle.PEER_NETWORKS ? Measures.mean(planTotals.circleMembers(), planTotals.plans()) : null));
        }
        return new ParticipationReport(filters, teamGroups, projectGroups, plans, checks, totals, quarters,
                t, principles);
    }

    /** A project's tokenism flags, pledges, hours and payments, and Lundy checklist. */
    private static ProjectChecks checks(Figures f, ParticipationReport.Thresholds t) {
        Object[] r = f.project();
        DecisionGroup g = f.decisions();
        long[] p = f.pledges();
        long[] m = f.money();
        Feedback feedback = g == null ? NO_FEEDBACK : g.feedback();
        return new ProjectChecks(f.group().id(), (String) r[1], (String) r[2], (String) r[3],
                Measures.allDecisionsBelowTargetBand(g == null ? 0 : g.decisions(), f.highestRung(), (int) number(r[4])),
                number(r[6]), number(r[7]), number(r[8]), number(r[9]), p[0], p[1], p[2], p[3], m[0], m[1], m[2],
                f.medianDaysToPay(),
                Measures.lundy(number(r[6]) - number(r[7]), g == null ? 0 : g.livedExperienceProposed(), number(r[5]) == 1,
                        g == null ? Share.NONE : g.inputChanged(), feedback, t.fedBackInTime()));
    }

    private static long number(Object value) {
        return ParticipationAuditRepository.number(value);
    }

    private static LocalDate date(Object value) {
        return ParticipationAuditRepository.date(value);
    }
}
