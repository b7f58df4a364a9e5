package org.coplan.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.coplan.codesign.Attendee;
import org.coplan.codesign.CoDesignService;
import org.coplan.codesign.CodesignViews.ProjectDetail;
import org.coplan.codesign.MethodDetail;
import org.coplan.codesign.PledgeStatus;
import org.coplan.codesign.ProjectStage;
import org.coplan.codesign.SessionMethod;
import org.coplan.participation.DecisionOwner;
import org.coplan.participation.DecisionService;
import org.coplan.participation.Standing;
import org.coplan.shared.BusinessException;
import org.coplan.shared.CouncilTime;
import org.coplan.shared.InvalidInputException;
import org.coplan.shared.RecordNotFoundException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sessions, pledges, hours and payments of a co-design project: who may see and run them, and the audit. */
@ExtendWith(ArquillianExtension.class)
class CoDesignSessionsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.coplanWithTests(CoDesignSessionsIT.class);
    }

    @Inject
    CoDesignService codesign;

    @Inject
    DecisionService ledger;

    @Inject
    TestData data;

    private TestData.World w;
    private long project;
    private final LocalDate today = CouncilTime.today();

    @BeforeEach
    void createWorld() {
        w = data.world();
        project = data.project(w);
    }

    private <T> T as(String user, Callable<T> work) throws Exception {
        return RunAs.user(user, work);
    }

    @Test
    void aFacilitatorRunsAWorldCafeAndThePartnerSeesWhatCameOfIt() throws Exception {
        long cafe = as(w.facilitator(), () -> codesign.planSession(project, "What makes a break a break?", SessionMethod.WORLD_CAFE,
                today.minusDays(1), ""));
        MethodDetail.WorldCafe detail = new MethodDetail.WorldCafe("Short breaks", List.of("What stops you booking?"), 3, 2,
                "Short notice and weekends");
        assertThatThrownBy(() -> as(w.facilitator(), () -> { codesign.recordSession(cafe, today.minusDays(1),
                List.of(new Attendee("Pat", Standing.FAMILY_CARER)), "", "", null); return null; }))
                .isInstanceOf(InvalidInputException.class);
        as(w.facilitator(), () -> { codesign.recordSession(cafe, today.minusDays(1),
                List.of(new Attendee("Pat", Standing.FAMILY_CARER), new Attendee("Sam", Standing.PRACTITIONER)), "", "Two ideas",
                detail); return null; });
        var seen = as(w.partner(), () -> codesign.session(cafe));
        assertThat(seen.held()).isTrue();
        assertThat(seen.detail()).isEqualTo(detail);
        assertThat(seen.livedExperiencePresent()).isTrue();
        assertThat(data.auditEvents("session.view", cafe, w.partner(), "ALLOWED")).isEqualTo(1);
        // Decisions of the session sit on the project's ladder; its members see them.
        assertThat(as(w.partner(), () -> ledger.decisionsOf(DecisionOwner.session(cafe)))).isEmpty();
    }

    @Test
    void onlyMembersSeeAProjectsSessionsAndOnlyFacilitatorsRunThem() throws Exception {
        long session = as(w.facilitator(), () -> codesign.planSession(project, "Workshop", SessionMethod.WORKSHOP, today, ""));
        for (String outsider : List.of(w.practitionerA(), w.managerAB(), w.admin(), w.family())) {
            List<Callable<?>> attempts = List.of(() -> codesign.detail(project), () -> codesign.sessions(project),
                    () -> codesign.session(session), () -> codesign.planSession(project, "x", SessionMethod.PATH, today, ""));
            for (Callable<?> attempt : attempts) {
                assertThatThrownBy(() -> as(outsider, attempt)).as(outsider).isInstanceOf(RecordNotFoundException.class);
            }
            assertThat(data.auditEvents("session.view", session, outsider, "DENIED")).as(outsider).isEqualTo(1);
        }
        assertThat(as(w.partner(), () -> codesign.detail(project)).mayRun()).isFalse();
        assertThatThrownBy(() -> as(w.partner(), () -> codesign.planSession(project, "Mine", SessionMethod.WORKSHOP, today, "")))
                .isInstanceOf(BusinessException.class).hasMessageContaining("facilitators");
    }

    @Test
    void aSeriesPlansSixSessionsOverTwelveMonths() throws Exception {
        List<Long> ids = as(w.facilitator(), () -> codesign.planSeries(project, "Keeping it Personal", today));
        assertThat(ids).hasSize(6);
        var sessions = as(w.partner(), () -> codesign.sessions(project));
        assertThat(sessions).extracting(s -> s.plannedOn()).first().isEqualTo(today);
        assertThat(sessions).extracting(s -> s.plannedOn()).last().isEqualTo(today.plusMonths(10));
        assertThat(sessions).allSatisfy(s -> assertThat(s.method()).isEqualTo(SessionMethod.SERIES_MEETING));
    }

    @Test
    void pledgesAreMadeByMembersAndFollowedUp() throws Exception {
        long session = as(w.facilitator(), () -> codesign.planSession(project, "Workshop", SessionMethod.WORKSHOP, today, ""));
        long partnerId = data.userId(w.partner());
        long outsiderId = data.userId(w.practitionerA());
        assertThatThrownBy(() -> as(w.facilitator(), () -> codesign.makePledge(session, outsiderId, "Help", today.plusDays(3))))
                .isInstanceOf(BusinessException.class).hasMessageContaining("member of the project");
        long pledge = as(w.facilitator(), () -> codesign.makePledge(session, partnerId, "Ask five carers", today.plusDays(3)));
        ProjectDetail detail = as(w.partner(), () -> codesign.detail(project));
        assertThat(detail.pledgesDue()).extracting(p -> p.id()).containsExactly(pledge);
        assertThatThrownBy(() -> as(w.facilitator(), () -> { codesign.followUpPledge(pledge, PledgeStatus.BROKEN, " "); return null; }))
                .isInstanceOf(BusinessException.class);
        as(w.facilitator(), () -> { codesign.followUpPledge(pledge, PledgeStatus.KEPT, null); return null; });
        assertThat(as(w.partner(), () -> codesign.detail(project)).pledgesDue()).isEmpty();
        assertThatThrownBy(() -> as(w.partner(), () -> { codesign.followUpPledge(pledge, PledgeStatus.BROKEN, "no"); return null; }))
                .isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void unpaidContributorsArePaidForTheirHoursAndTheProjectShowsWhoIsWaiting() throws Exception {
        long partnerId = data.userId(w.partner());
        assertThatThrownBy(() -> as(w.facilitator(), () -> codesign.recordContribution(project, partnerId, today, 90, null, today)))
                .isInstanceOf(BusinessException.class).hasMessageContaining("hourly rate");
        long claim = as(w.facilitator(), () -> codesign.recordContribution(project, partnerId, today.minusDays(10), 90, 1500,
                today.minusDays(9)));
        ProjectDetail waiting = as(w.partner(), () -> codesign.detail(project));
        assertThat(waiting.payments().penceOwed()).isEqualTo(2250);
        assertThat(waiting.payments().everyUnpaidContributorPaid()).isFalse();
        as(w.facilitator(), () -> { codesign.markPaid(claim, today.minusDays(2)); return null; });
        ProjectDetail paid = as(w.partner(), () -> codesign.detail(project));
        assertThat(paid.payments().pencePaid()).isEqualTo(2250);
        assertThat(paid.payments().medianDaysToPay()).hasValue(7.0);
        assertThat(paid.payments().everyUnpaidContributorPaid()).isTrue();
        assertThat(data.auditEvents("contribution.paid", claim, w.facilitator(), "ALLOWED")).isEqualTo(1);
    }

    @Test
    void theFacilitatorClosesTheProjectWithAClosingReport() throws Exception {
        assertThatThrownBy(() -> as(w.partner(), () -> { codesign.advance(project, ProjectStage.IN_PROGRESS, null); return null; }))
                .isInstanceOf(BusinessException.class).hasMessageContaining("facilitators");
        as(w.facilitator(), () -> { codesign.advance(project, ProjectStage.IN_PROGRESS, null); return null; });
        assertThatThrownBy(() -> as(w.facilitator(), () -> { codesign.advance(project, ProjectStage.CLOSED, ""); return null; }))
                .isInstanceOf(BusinessException.class).hasMessageContaining("closing report");
        as(w.facilitator(), () -> { codesign.advance(project, ProjectStage.CLOSED, "Booking by text now runs."); return null; });
        ProjectDetail closed = as(w.partner(), () -> codesign.detail(project));
        assertThat(closed.project().stage()).isEqualTo(ProjectStage.CLOSED);
        assertThat(closed.closingReport()).isEqualTo("Booking by text now runs.");
        assertThat(data.auditEvents("project.stage", project, w.facilitator(), "ALLOWED")).isEqualTo(2);
    }
}
