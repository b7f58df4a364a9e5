package org.coplan.participationaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coplan.participationaudit.Measures.Rag;
import org.coplan.participationaudit.Measures.Share;
import org.coplan.participationaudit.ParticipationReport.Filters;
import org.junit.jupiter.api.Test;

/** The participation report put together from hand-made rows, as the database would count them. */
class ReportBuilderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27); // a Friday
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    private static final Filters FILTERS = new Filters(null, null, null, null, null, null, LocalDate.of(2026, 1, 1), TODAY,
            List.of("ADULTS"), List.of(1L));
    private static final ParticipationReport.Thresholds THRESHOLDS = new ParticipationReport.Thresholds(0.90, 0.95, 0.90, 0.10);

    private static Object[] row(Object... cells) {
        return cells;
    }

    private static Date day(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    /** A review row as the database counts it: by team, quarter and how it was chaired. */
    private static Object[] held(long team, LocalDate on, String chaired, long reviews) {
        return row(team, BigDecimal.valueOf(on.getYear()), BigDecimal.valueOf((on.getMonthValue() + 2) / 3), chaired, reviews);
    }

    /** A feedback row as the database counts it, from a decision's dates. */
    private static Object[] fed(String kind, long id, LocalDate decided, LocalDate fedBack, long decisions) {
        return row(kind, id, BigDecimal.valueOf(decided.getYear()), BigDecimal.valueOf((decided.getMonthValue() + 2) / 3),
                fedBack == null ? null : Measures.workingDaysBetween(decided, fedBack),
                fedBack == null && decided.isBefore(Measures.overdueBefore(TODAY)) ? 1 : 0, decisions);
    }

    private ParticipationReport report() {
        var rows = new ReportBuilder.Rows(
                List.of(// kind, id, name, band, ordinal, rung, decisions, changed, lived proposer, jointly, lived decider
                        row("TEAM", 1L, "Leith", "TOKENISM", 3, "Informing", 2L, 0L, 0L, 0L, 0L),
                        row("TEAM", 1L, "Leith", "POWER", 7, "Co-production", 3L, 2L, 3L, 3L, 2L),
                        row("PROJECT", 10L, "Short breaks", "TOKENISM", 4, "Consulting", 4L, 1L, 1L, 0L, 0L),
                        row("PROJECT", 11L, "Young people", "POWER", 7, "Co-production", 1L, 1L, 1L, 1L, 1L)),
                List.of(// kind, id, year, quarter, working days taken, late, decisions
                        fed("TEAM", 1L, MONDAY, MONDAY.plusDays(7), 4L),
                        fed("TEAM", 1L, MONDAY.minusMonths(3), null, 1L),
                        fed("PROJECT", 10L, MONDAY, null, 4L),
                        fed("PROJECT", 11L, MONDAY, MONDAY.plusDays(1), 1L)),
                List.<Object[]>of(row("TEAM", 1L, BigDecimal.valueOf(-6), 4L)),
                List.of(// team, year, quarter, chaired, reviews
                        held(1L, MONDAY, "PERSON_CHAIRED", 8L),
                        held(1L, MONDAY, "CO_CHAIRED", 1L),
                        held(1L, MONDAY.minusMonths(6), "NOT_CHAIRED", 1L)),
                List.<Object[]>of(// team, plans, own words, agreed, co-signed, strengths, circle members, using offers
                        row(1L, 10L, 9L, 8L, 6L, 7L, 25L, 2L)),
                List.of(// id, name, stage, target, band's lowest ordinal, power to act, held, without lived, unpaid, never paid
                        row(10L, "Short breaks", "IN_PROGRESS", "Co-production", 7, 1, 3L, 1L, 2L, 1L),
                        row(11L, "Young people", "SCOPING", "Co-production", 7, 0, 0L, 0L, 0L, 0L)),
                List.of(// project, status, pledges, overdue
                        row(10L, "KEPT", 3L, 0L), row(10L, "BROKEN", 1L, 0L), row(10L, "IN_PROGRESS", 2L, 1L)),
                List.of(// project, claimed, paid, contributions, minutes, pence
                        row(10L, day(MONDAY), day(MONDAY.plusDays(10)), 2L, 180L, 4500L),
                        row(10L, day(MONDAY), day(MONDAY.plusDays(30)), 1L, 60L, 1500L),
                        row(10L, day(MONDAY), null, 1L, 90L, 2250L)),
                List.of(row("ASSETS", "TEAM", 7L, 2L), row("ASSETS", "PARTNERS", 2L, 1L)),
                Map.of(1L, "Leith"));
        return ReportBuilder.build(rows, FILTERS, TODAY, THRESHOLDS);
    }

    @Test
    void decisionsAreCountedByBandAndRungForEachTeamAndProject() {
        var report = report();
        var leith = report.teams().get(0);
        assertThat(leith.decisions()).isEqualTo(5);
        assertThat(leith.bands()).containsExactlyInAnyOrderEntriesOf(Map.of("TOKENISM", 2L, "POWER", 3L));
        assertThat(leith.rungs()).extracting(ParticipationReport.RungCount::ordinal).containsExactly(3, 7);
        assertThat(leith.inputChanged()).isEqualTo(new Share(2, 5));
        assertThat(leith.feedback().fedBack()).isEqualTo(new Share(4, 5));
        assertThat(leith.feedback().inTime()).isEqualTo(new Share(4, 5));
        assertThat(leith.gap()).isEqualTo(-1.5);
        assertThat(report.projects()).extracting(ParticipationReport.DecisionGroup::name).containsExactly("Short breaks", "Young people");
        assertThat(report.totals().decisions()).isEqualTo(10);
        assertThat(report.totals().bands()).containsEntry("TOKENISM", 6L).containsEntry("POWER", 4L);
    }

    @Test
    void plansAndReviewsGiveTheTeamsShares() {
        var plans = report().plans().get(0);
        assertThat(plans.teamName()).isEqualTo("Leith");
        assertThat(plans.chairedOrCoChaired()).isEqualTo(new Share(9, 10));
        assertThat(plans.ownWords()).isEqualTo(new Share(9, 10));
        assertThat(plans.coSigned()).isEqualTo(new Share(6, 8));
    }

    @Test
    void projectsAreFlaggedPledgesAndPaymentsAddUpAndLundyIsChecked() {
        var checks = report().projectChecks();
        var breaks = checks.get(0);
        assertThat(breaks.allDecisionsBelowTarget()).as("all four at rung 4, target band starts at 7").isTrue();
        assertThat(breaks.sessionsWithoutLivedExperience()).isEqualTo(1);
        assertThat(breaks.unpaidNeverPaid()).isEqualTo(1);
        assertThat(breaks.flagged()).isTrue();
        assertThat(breaks.pledges()).isEqualTo(6);
        assertThat(breaks.pledgesKept()).isEqualTo(3);
        assertThat(breaks.pledgesBroken()).isEqualTo(1);
        assertThat(breaks.pledgesOverdue()).isEqualTo(1);
        assertThat(breaks.minutes()).isEqualTo(330);
        assertThat(breaks.paidPence()).isEqualTo(6000);
        assertThat(breaks.owedPence()).isEqualTo(2250);
        assertThat(breaks.medianDaysToPay()).as("10, 10 and 30 days").isEqualTo(10.0);
        assertThat(breaks.lundy()).isEqualTo(new ParticipationReport.Lundy(true, true, true, true, false));
        var young = checks.get(1);
        assertThat(young.allDecisionsBelowTarget()).isFalse();
        assertThat(young.flagged()).isFalse();
        assertThat(young.lundy()).isEqualTo(new ParticipationReport.Lundy(false, true, false, true, true));
    }

    @Test
    void theQuartersAreRatedAgainstTheThresholds() {
        var quarters = report().quarters();
        assertThat(quarters).extracting(ParticipationReport.QuarterRag::quarter).containsExactly("2026 Q1", "2026 Q2", "2026 Q3",
                "2026 Q4");
        var q4 = quarters.get(3);
        assertThat(q4.ownWords()).isEqualTo(new Share(9, 10));
        assertThat(q4.ownWordsRag()).isEqualTo(Rag.GREEN);
        assertThat(q4.chaired()).isEqualTo(new Share(9, 9));
        assertThat(q4.chairedRag()).isEqualTo(Rag.GREEN);
        assertThat(q4.fedBackInTime()).as("Leith's four in time; Short breaks' four taken 19 working days ago are not late yet")
                .isEqualTo(new Share(5, 5));
        var q2 = quarters.get(1);
        assertThat(q2.chaired()).isEqualTo(new Share(0, 1));
        assertThat(q2.chairedRag()).isEqualTo(Rag.RED);
        assertThat(q2.ownWordsRag()).as("own words only for the latest quarter").isEqualTo(Rag.NO_DATA);
    }

    @Test
    void principlesShowTheScoresBesideTheRecords() {
        var principles = report().principles();
        assertThat(principles).hasSize(6);
        var assets = principles.get(0);
        assertThat(assets.teamScore()).isEqualTo(3.5);
        assertThat(assets.partnersScore()).isEqualTo(2.0);
        assertThat(assets.evidence()).isEqualTo(new Share(7, 10));
        var byPrinciple = principles.stream().collect(java.util.stream.Collectors.toMap(ParticipationReport.PrincipleRow::principle,
                p -> p));
        assertThat(byPrinciple.get(Principle.CAPABILITIES).evidence()).isEqualTo(new Share(4, 10));
        assertThat(byPrinciple.get(Principle.RECIPROCITY).evidence()).isEqualTo(new Share(3, 6));
        assertThat(byPrinciple.get(Principle.PEER_NETWORKS).evidenceValue()).isEqualTo(2.5);
        assertThat(byPrinciple.get(Principle.BLURRING_DISTINCTIONS).evidence()).isEqualTo(new Share(3, 10));
        assertThat(byPrinciple.get(Principle.FACILITATING).evidence()).isEqualTo(new Share(2, 10));
        assertThat(byPrinciple.get(Principle.RECIPROCITY).teamScore()).isNull();
    }
}
