package org.coplan.codesign;

import java.time.LocalDate;
import java.util.List;
import org.coplan.participation.Standing;
import org.coplan.shared.ServiceArea;
import org.coplan.shared.Theme;
import org.coplan.shared.ThemeKind;

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

    /** A member's own part across their projects: their pledges, and their hours with what they were paid. */
    public record MyPart(List<MyPledge> pledges, List<MyHours> hours) {
    }

    public record MyPledge(long projectId, String projectName, String sessionTitle, String what, LocalDate dueOn,
                           PledgeStatus status, String note) {
    }

    public record MyHours(long projectId, String projectName, LocalDate workedOn, int minutes, Integer amountPence,
                          LocalDate claimedOn, LocalDate paidOn) {
    }

    /** Someone who can be added to a project. */
    public record Candidate(long userId, String name) {
    }

    /** Who is in a project, and whether the caller runs it: what a session's forms need. */
    public record Membership(List<MemberView> members, boolean mayRun) {
    }

    /** Everything the project page shows, read in a fixed number of statements. */
    public record ProjectDetail(ProjectSummary project, List<MemberView> members, List<SessionView> sessions,
                                List<PledgeView> pledges, List<PledgeView> pledgesDue, List<ContributionView> contributions,
                                PaymentSummary payments, boolean mayRun, String closingReport, LocalDate closedOn,
                                PowerMapView powerMap, List<ResultView> results) {
    }

    /**
     * The power map with what the screen warns of: the stakeholders most affected by the
     * decisions who have no one in the project. {@code revision} is what a change is made against.
     */
    public record PowerMapView(List<PowerMap.Stakeholder> stakeholders, List<PowerMap.Stakeholder> mostAffectedMissing,
                               int revision) {

        public boolean warn() {
            return !mostAffectedMissing.isEmpty();
        }
    }

    /** A community offer, with the project that made it and how many open plans use it (a count, never names). */
    public record OfferView(long id, String name, String whoCanUse, String howToGet, String contact, String locality,
                            ServiceArea serviceArea, long projectId, String projectName, LocalDate endedOn, Long plansUsing) {

        public boolean open() {
            return endedOn == null;
        }
    }

    /** What changed because of a project, and the community offer made from it, if any. */
    public record ResultView(long id, ResultKind kind, String whatChanged, LocalDate changedOn, String recordedBy,
                             OfferView offer) {
    }

    /**
     * A theme from plans as a project sees it. {@code people} is null for an attached theme that
     * now holds fewer than five people: the count is then not shown at all.
     */
    public record ThemeView(ThemeKind kind, String framework, String category, String categoryName, String locality,
                            Integer people, boolean attached, String note) {

        public Theme.Key key() {
            return new Theme.Key(kind, framework, category, locality);
        }
    }
}
