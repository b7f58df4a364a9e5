package org.coplan.codesign;

import java.time.LocalDate;
import java.util.List;
import org.coplan.participation.Standing;

/** What the co-design service hands to screens and the API: read-only pictures, never entities. */
public final class CodesignViews {

    private CodesignViews() {
    }

    public record MemberView(long userId, String name, ProjectRole role, boolean unpaidContributor) {
    }

    public record AttendeeView(String name, Standing standing) {
    }

    public record SessionView(long id, long projectId, String title, SessionMethod method, String seriesName, Integer seriesNo,
                              LocalDate plannedOn, boolean held, String agenda, String outputs, Object detail,
                              List<AttendeeView> attendees, boolean livedExperiencePresent) {

        static SessionView of(ProjectSession s) {
            return new SessionView(s.id(), s.project().id(), s.title(), s.method(), s.seriesName(), s.seriesNo(), s.plannedOn(),
                    s.held(), s.agenda(), s.outputs(), s.detail(),
                    s.attendees().stream().map(a -> new AttendeeView(a.name(), a.standing())).toList(),
                    s.livedExperiencePresent());
        }
    }

    public record PledgeView(long id, long sessionId, String sessionTitle, String memberName, String what, LocalDate dueOn,
                             PledgeStatus status, String note, boolean remind) {
    }

    public record ContributionView(long id, String memberName, LocalDate workedOn, int minutes, Integer ratePence,
                                   Integer amountPence, LocalDate claimedOn, LocalDate paidOn) {
    }

    /** Who is in a project, and whether the caller runs it: what a session's forms need. */
    public record Membership(List<MemberView> members, boolean mayRun) {
    }

    /** Everything the project page shows, read in a fixed number of statements. */
    public record ProjectDetail(ProjectSummary project, List<MemberView> members, List<SessionView> sessions,
                                List<PledgeView> pledges, List<PledgeView> pledgesDue, List<ContributionView> contributions,
                                PaymentSummary payments, boolean mayRun, String closingReport, LocalDate closedOn) {
    }
}
