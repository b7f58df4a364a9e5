package org.coplan.codesign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coplan.participation.Audience;
import org.coplan.participation.Band;
import org.coplan.participation.DecisionPower;
import org.coplan.participation.Ladder;
import org.coplan.participation.Rung;
import org.coplan.participation.RungDescription;
import org.coplan.participation.Standing;
import org.coplan.shared.BusinessException;
import org.coplan.shared.FieldProblem;
import org.coplan.shared.ServiceArea;
import org.junit.jupiter.api.Test;

/** Pledges, payments to unpaid contributors, series of sessions and the methods' own structure. */
class CodesignRulesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 28);
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    private final Ladder ladder = new Ladder("L", "Ladder", "d", "s", Audience.ADULTS);
    private final Rung top = ladder.addRung("TOP", new RungDescription("Top", "d", Band.POWER, DecisionPower.SHARED, "DECIDED_JOINTLY"));
    private final CoDesignProject project = new CoDesignProject("Short breaks", "Redesign short breaks", "Leith", ServiceArea.ADULTS, ladder, top);
    private final ProjectSession session = new ProjectSession(project, "First workshop", SessionMethod.WORKSHOP, DAY, "", "fran");

    @Test
    void aPledgeIsDueOnOrAfterItsSessionAndIsRemindedTwoWeeksAhead() {
        assertThatThrownBy(() -> new Pledge(session, 1, "Ring the carers' centre", DAY.minusDays(1), "fran", NOW))
                .isInstanceOf(BusinessException.class).hasMessageContaining("on or after the session");
        assertThatThrownBy(() -> new Pledge(session, 1, " ", DAY, "fran", NOW)).isInstanceOf(BusinessException.class);
        Pledge pledge = new Pledge(session, 1, "Ring the carers' centre", DAY.plusDays(30), "fran", NOW);
        assertThat(pledge.remindOn(DAY)).isFalse();
        assertThat(pledge.remindOn(DAY.plusDays(16))).isTrue();
        assertThat(pledge.remindOn(DAY.plusDays(60))).as("overdue and still in progress").isTrue();
        pledge.followUp(PledgeStatus.KEPT, null, "fran", NOW);
        assertThat(pledge.remindOn(DAY.plusDays(60))).isFalse();
    }

    @Test
    void aBrokenPledgeNeedsANoteOfWhatHappened() {
        Pledge pledge = new Pledge(session, 1, "Bring two neighbours", DAY.plusDays(7), "fran", NOW);
        assertThatThrownBy(() -> pledge.followUp(PledgeStatus.BROKEN, "", "fran", NOW))
                .isInstanceOf(BusinessException.class).hasMessageContaining("what happened");
        pledge.followUp(PledgeStatus.BROKEN, "Both neighbours moved away", "fran", NOW);
        assertThat(pledge.status()).isEqualTo(PledgeStatus.BROKEN);
    }

    @Test
    void unpaidContributorsArePaidAtTheRateToThePennyAndOnlyAfterClaiming() {
        assertThat(Contribution.amountFor(90, 1500)).isEqualTo(2250);
        assertThat(Contribution.amountFor(20, 1234)).isEqualTo(411);
        Contribution hours = new Contribution(project, 7, DAY, 150, 1500, null, "fran");
        assertThat(hours.amountPence()).isEqualTo(3750);
        assertThatThrownBy(() -> hours.paid(DAY)).isInstanceOf(BusinessException.class).hasMessageContaining("claim");
        Contribution claimed = new Contribution(project, 7, DAY, 60, 1500, DAY.plusDays(1), "fran");
        assertThatThrownBy(() -> claimed.paid(DAY)).isInstanceOf(BusinessException.class);
        claimed.paid(DAY.plusDays(15));
        assertThat(claimed.daysToPay()).hasValue(14);
        assertThatThrownBy(() -> claimed.paid(DAY.plusDays(16))).isInstanceOf(BusinessException.class).hasMessageContaining("already");
        Contribution staff = new Contribution(project, 3, DAY, 120, null, null, "fran");
        assertThatThrownBy(() -> staff.paid(DAY)).isInstanceOf(BusinessException.class).hasMessageContaining("not paid");
    }

    @Test
    void thePaymentSummaryNamesUnpaidContributorsStillWaitingAndTheMedianDaysToPay() throws Exception {
        Contribution a = new Contribution(project, 7, DAY, 60, 1500, DAY, "fran");
        a.paid(DAY.plusDays(10));
        Contribution b = new Contribution(project, 7, DAY, 60, 1500, DAY, "fran");
        b.paid(DAY.plusDays(30));
        Contribution c = new Contribution(project, 8, DAY, 120, 1500, DAY, "fran");
        Contribution staff = new Contribution(project, 3, DAY, 180, null, null, "fran");
        PaymentSummary summary = PaymentSummary.of(List.of(a, b, c, staff), Set.of(7L, 8L), Map.of(7L, "Pat", 8L, "Lee"));
        assertThat(summary.minutesGiven()).isEqualTo(420);
        assertThat(summary.pencePaid()).isEqualTo(3000);
        assertThat(summary.penceOwed()).isEqualTo(3000);
        assertThat(summary.medianDaysToPay()).hasValue(20.0);
        assertThat(summary.unpaidContributorsWaiting()).containsExactly("Lee");
        assertThat(summary.everyUnpaidContributorPaid()).isFalse();
        assertThat(PaymentSummary.of(List.of(a, b, staff), Set.of(7L), Map.of(7L, "Pat")).everyUnpaidContributorPaid()).isTrue();
    }

    @Test
    void aSeriesIsNumberedWithinItself() {
        ProjectSession third = ProjectSession.ofSeries(project, "Keeping it Personal", 3, 6, DAY.plusMonths(4), "fran");
        assertThat(third.title()).isEqualTo("Keeping it Personal: session 3 of 6");
        assertThat(third.method()).isEqualTo(SessionMethod.SERIES_MEETING);
        assertThat(CoDesignService.SERIES_SESSIONS * CoDesignService.SERIES_MONTHS_APART).isEqualTo(12);
    }

    @Test
    void openSpaceBuildsItsAgendaFromTheTopicsProposedAndEachNeedsAConvener() {
        MethodDetail.OpenSpace open = new MethodDetail.OpenSpace(List.of(new MethodDetail.Topic("Booking by text", "Pat", ""),
                new MethodDetail.Topic("Weekend breaks", "Lee", "Most want Saturdays")));
        assertThat(MethodDetail.problems(SessionMethod.OPEN_SPACE, open)).isEmpty();
        ProjectSession space = new ProjectSession(project, "Open Space", SessionMethod.OPEN_SPACE, DAY, "", "fran");
        space.recordHeld(DAY, List.of(new Attendee("Pat", Standing.FAMILY_CARER)), "", "Two topics", open);
        assertThat(space.agenda()).isEqualTo("1. Booking by text (convener: Pat)\n2. Weekend breaks (convener: Lee)");
        assertThat(space.detail()).isEqualTo(open);
        assertThat(space.livedExperiencePresent()).isTrue();
        assertThat(MethodDetail.problems(SessionMethod.OPEN_SPACE, new MethodDetail.OpenSpace(List.of(new MethodDetail.Topic("x", "", "")))))
                .extracting(FieldProblem::field).containsExactly("topics[0].convener");
    }

    @Test
    void aWorldCafeHasAThemeQuestionsTablesAndRounds() {
        MethodDetail.WorldCafe cafe = new MethodDetail.WorldCafe("Short breaks that work", List.of("What makes a break a break?"), 4, 3,
                "Breaks must be bookable at short notice");
        assertThat(MethodDetail.problems(SessionMethod.WORLD_CAFE, cafe)).isEmpty();
        assertThat(MethodDetail.problems(SessionMethod.WORLD_CAFE, new MethodDetail.WorldCafe("", List.of(), 0, 0, "")))
                .extracting(FieldProblem::field).containsExactly("theme", "questions", "tables");
        assertThat(MethodDetail.problems(SessionMethod.WORKSHOP, cafe)).isNotEmpty();
        ProjectSession staffOnly = new ProjectSession(project, "Café", SessionMethod.WORLD_CAFE, DAY, "", "fran");
        staffOnly.recordHeld(DAY, List.of(new Attendee("Sam", Standing.PRACTITIONER)), "", "", cafe);
        assertThat(staffOnly.livedExperiencePresent()).as("a tokenism flag for the audit").isFalse();
        assertThat(MethodDetail.read(SessionMethod.WORLD_CAFE, MethodDetail.write(cafe))).isEqualTo(cafe);
    }

    @Test
    void aProjectMovesForwardAndClosesOnlyWithAClosingReport() {
        assertThat(project.stage()).isEqualTo(ProjectStage.SCOPING);
        project.advance(ProjectStage.IN_PROGRESS, null, DAY);
        assertThatThrownBy(() -> project.advance(ProjectStage.SCOPING, null, DAY)).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> project.advance(ProjectStage.CLOSED, " ", DAY))
                .isInstanceOf(BusinessException.class).hasMessageContaining("closing report");
        project.advance(ProjectStage.CLOSED, "Booking by text now runs; Saturday breaks are piloted.", DAY);
        assertThat(project.closingReport()).startsWith("Booking by text");
        assertThat(project.closedOn()).isEqualTo(DAY);
        assertThatThrownBy(() -> project.advance(ProjectStage.CLOSED, "again", DAY)).isInstanceOf(BusinessException.class);
    }
}
