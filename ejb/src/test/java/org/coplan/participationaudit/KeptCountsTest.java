package org.coplan.participationaudit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.coplan.participationaudit.KeptCounts.Group;
import org.coplan.participationaudit.KeptCounts.GroupRows;
import org.coplan.participationaudit.ParticipationAuditRepository.Only;
import org.coplan.participationaudit.ParticipationAuditRepository.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The counts kept team by team and project by project: what is counted again, and when, against a
 * pretend database whose counts are the number of changes made to each team and project.
 */
class KeptCountsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Scope ADULTS = new Scope("ADULTS", "ADULTS", -1, "", -1, TODAY.minusYears(1), TODAY, TODAY);

    private final KeptCounts kept = new KeptCounts();
    /** The pretend database: how many decisions each team and project has. */
    private final Map<Group, Long> decisions = new HashMap<>();
    /** What was asked of the database, in order. */
    private final List<Only> asked = new ArrayList<>();
    private final Function<Only, GroupRows> database = only -> {
        asked.add(only);
        List<Object[]> rungs = new ArrayList<>();
        List<Object[]> projects = new ArrayList<>();
        decisions.forEach((g, n) -> {
            boolean wanted = only.all() || (g.kind().equals("TEAM") ? only.teams() : only.projects()).contains(g.id());
            if (wanted) {
                // kind, id, name, band, ordinal, rung, decisions, changed, lived proposer, jointly, lived decider
                rungs.add(new Object[] {g.kind(), g.id(), g.kind() + " " + g.id(), "POWER", 7, "Co-production", n, 0L, 0L, 0L, 0L});
                if (g.kind().equals("PROJECT")) {
                    // id, name, stage, target, band's lowest ordinal, power to act, held, without lived, unpaid, never paid
                    projects.add(new Object[] {g.id(), "Project " + (char) ('Z' - g.id()), "SCOPING", "Co-production", 7, 0, 0L, 0L,
                        0L, 0L});
                }
            }
        });
        return new GroupRows(rungs, List.of(), List.of(), List.of(), List.of(), projects, List.of(), List.of());
    };

    @BeforeEach
    void setUp() {
        kept.keep = true;
        for (long id = 1; id <= 3; id++) {
            decisions.put(Group.team(id), 10 * id);
            decisions.put(Group.project(id), id);
        }
    }

    private List<ReportBuilder.Figures> report(Scope scope, long... teams) {
        return kept.figuresOf(scope, LongStream.of(teams).boxed().toList(), List.of(1L, 2L, 3L), database);
    }

    private Map<String, Long> counts(List<ReportBuilder.Figures> figures) {
        Map<String, Long> out = new HashMap<>();
        figures.stream().filter(f -> f.decisions() != null)
                .forEach(f -> out.put(f.group().kind() + " " + f.group().id(), f.decisions().decisions()));
        return out;
    }

    /** A change to a team, committed: the database changes, then the team is marked. */
    private void change(Group group) {
        decisions.merge(group, 1L, Long::sum);
        kept.changed(group);
    }

    @Test
    void whatNothingHasChangedInIsCountedOnce() {
        var first = counts(report(ADULTS, 1, 2, 3));
        var second = counts(report(ADULTS, 1, 2, 3));
        assertThat(second).isEqualTo(first).containsEntry("TEAM 2", 20L).containsEntry("PROJECT 3", 3L);
        assertThat(asked).hasSize(1);
    }

    @Test
    void aChangeIsCountedAgainForItsTeamOnlyAndShownAtTheNextRequest() {
        report(ADULTS, 1, 2, 3);
        change(Group.team(2));
        var after = counts(report(ADULTS, 1, 2, 3));
        assertThat(after).containsEntry("TEAM 2", 21L).containsEntry("TEAM 1", 10L);
        assertThat(asked).hasSize(2);
        assertThat(asked.get(1).teams()).containsExactly(2L);
        assertThat(asked.get(1).projects()).isEmpty();

        change(Group.project(3));
        assertThat(counts(report(ADULTS, 1, 2, 3))).containsEntry("PROJECT 3", 4L).containsEntry("TEAM 2", 21L);
        assertThat(asked.get(2).teams()).isEmpty();
        assertThat(asked.get(2).projects()).containsExactly(3L);
    }

    @Test
    void aChangeCommittedWhileACountRunsIsCountedAgainAtTheNextRequest() {
        report(ADULTS, 1, 2, 3);
        change(Group.team(1));
        // The count of team 1 reads the database; team 1 changes again before the count is kept.
        Function<Only, GroupRows> racing = only -> {
            GroupRows rows = database.apply(only);
            change(Group.team(1));
            return rows;
        };
        var during = counts(kept.figuresOf(ADULTS, List.of(1L, 2L, 3L), List.of(1L, 2L, 3L), racing));
        assertThat(during).containsEntry("TEAM 1", 11L);
        var next = counts(report(ADULTS, 1, 2, 3));
        assertThat(next).as("the change made during the count is not missed").containsEntry("TEAM 1", 12L);
    }

    @Test
    void manyChangesAreCountedInOneCountOfTheWholeScopeThenKeptForEachTeam() {
        long[] many = LongStream.rangeClosed(1, ParticipationAuditRepository.ONLY_MAX + 1).toArray();
        for (long id : many) {
            decisions.put(Group.team(id), id);
        }
        report(ADULTS, many);
        assertThat(asked).singleElement().satisfies(o -> assertThat(o.all()).isTrue());
        report(ADULTS, many);
        assertThat(asked).as("every team kept from the one count").hasSize(1);
        // A team with nothing to count is kept as nothing, not counted at every request.
        report(ADULTS, 1, 2, 999);
        assertThat(asked).hasSize(2);
        report(ADULTS, 1, 2, 999);
        assertThat(asked).hasSize(2);
    }

    @Test
    void dozensOfChangesInALargeCouncilAreCountedByIdAFewAtATime() {
        long[] council = LongStream.rangeClosed(1, 200).toArray();
        for (long id : council) {
            decisions.put(Group.team(id), id);
        }
        report(ADULTS, council);
        int max = ParticipationAuditRepository.ONLY_MAX;
        for (long id = 1; id <= max + 6; id++) {
            change(Group.team(id));
        }
        var after = counts(report(ADULTS, council));
        assertThat(after).containsEntry("TEAM 1", 2L).containsEntry("TEAM " + (max + 6), max + 7L).containsEntry("TEAM 200", 200L);
        assertThat(asked).hasSize(3);
        assertThat(asked.get(1).teams()).hasSize(max);
        assertThat(asked.get(2).teams()).hasSize(6);
        assertThat(asked.subList(1, 3)).noneMatch(Only::all);
    }

    @Test
    void anotherPeriodOrLadderIsCountedOnItsOwn() {
        report(ADULTS, 1, 2, 3);
        report(new Scope("ADULTS", "ADULTS", -1, "", -1, TODAY.minusMonths(3), TODAY, TODAY), 1, 2, 3);
        report(new Scope("ADULTS", "ADULTS", -1, "", 7, TODAY.minusYears(1), TODAY, TODAY), 1, 2, 3);
        report(new Scope("ADULTS", "ADULTS", -1, "", -1, TODAY.minusYears(1), TODAY, TODAY.plusDays(1)), 1, 2, 3);
        assertThat(asked).hasSize(4);
        // The whole council shares the service area's kept counts.
        report(new Scope("ADULTS", "CHILDREN", -1, "", -1, TODAY.minusYears(1), TODAY, TODAY), 1, 2, 3);
        assertThat(asked).hasSize(4);
    }

    @Test
    void aChangeToALadderCountsEverythingAgain() {
        report(ADULTS, 1, 2, 3);
        kept.changedAll();
        report(ADULTS, 1, 2, 3);
        assertThat(asked).hasSize(2);
        assertThat(asked.get(1).teams()).containsExactly(1L, 2L, 3L);
    }

    @Test
    void projectsComeByNameWhereverTheyWereCounted() {
        report(ADULTS, 1);
        change(Group.project(1));
        var figures = report(ADULTS, 1);
        var filters = new ParticipationReport.Filters(null, null, "ADULTS", null, null, null, TODAY.minusYears(1), TODAY,
                List.of("ADULTS"), List.of());
        var built = ReportBuilder.build(figures, List.of(), Map.of(1L, "Leith"), filters,
                new ParticipationReport.Thresholds(0.9, 0.9, 0.9, 0.1));
        assertThat(built.projectChecks()).extracting(ParticipationReport.ProjectChecks::name)
                .containsExactly("Project W", "Project X", "Project Y");
        assertThat(built.totals().decisions()).as("team 1 and the three projects, one of them counted again").isEqualTo(10 + 1 + 2 + 3 + 1);
    }

    @Test
    void keepingCanBeTurnedOffForACouncilThatRunsSeveralServers() {
        kept.keep = false;
        report(ADULTS, 1, 2, 3);
        report(ADULTS, 1, 2, 3);
        assertThat(asked).hasSize(2).allSatisfy(o -> assertThat(o.all()).isTrue());
    }
}
