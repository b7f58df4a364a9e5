package org.coplan.codesign;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.coplan.audit.AuditNote;
import org.coplan.audit.Audited;
import org.coplan.audit.RecordId;
import org.coplan.codesign.CodesignViews.ContributionView;
import org.coplan.codesign.CodesignViews.MemberView;
import org.coplan.codesign.CodesignViews.Membership;
import org.coplan.codesign.CodesignViews.OfferView;
import org.coplan.codesign.CodesignViews.PowerMapView;
import org.coplan.codesign.CodesignViews.ResultView;
import org.coplan.codesign.CodesignViews.ThemeView;
import org.coplan.codesign.CodesignViews.PledgeView;
import org.coplan.codesign.CodesignViews.ProjectDetail;
import org.coplan.codesign.CodesignViews.SessionView;
import org.coplan.security.Callers;
import org.coplan.security.CurrentUser;
import org.coplan.security.Role;
import org.coplan.shared.Theme;
import org.coplan.supportplan.SupportPlanService;
import org.coplan.shared.BusinessException;
import org.coplan.shared.CouncilTime;
import org.coplan.shared.FieldProblem;
import org.coplan.shared.InvalidInputException;
import org.coplan.shared.RecordNotFoundException;

/**
 * The only way in to co-design projects. A project is visible to its members, and to no one
 * else; its facilitators run it (plan and record sessions, follow pledges up, record hours and
 * payments). Every call checks the caller's part in that very project and is audited.
 */
@Stateless
public class CoDesignService {

    /** Keeping it Personal: six sessions over twelve months, one every two months. */
    static final int SERIES_SESSIONS = 6;
    static final int SERIES_MONTHS_APART = 2;

    @Inject
    ProjectRepository projects;

    @Inject
    Callers callers;

    @Inject
    SupportPlanService supportPlans;

    @Inject
    org.coplan.participation.LadderService ladders;

    @Inject
    jakarta.enterprise.event.Event<ProjectChanged> changed;

    /** One project, for its members only. */
    @Audited(action = "project.view", recordType = "CoDesignProject", purpose = "co-design")
    public ProjectSummary project(@RecordId long projectId) {
        CurrentUser me = callers.current();
        CoDesignProject project = memberOf(me, projectId);
        return ProjectSummary.of(project, project.member(me.id()).orElseThrow().role());
    }

    /** The projects the caller is a member of, whatever their login roles. */
    @Audited(action = "projects.view", recordType = "CoDesignProject", purpose = "co-design")
    public List<ProjectSummary> myProjects() {
        CurrentUser me = callers.current();
        return projects.projectsOfMember(me.id());
    }

    /** A project with its members, sessions, pledges (and those due soon), hours and payments. */
    @Audited(action = "project.view", recordType = "CoDesignProject", purpose = "co-design")
    public ProjectDetail detail(@RecordId long projectId) {
        CurrentUser me = callers.current();
        CoDesignProject project = memberOf(me, projectId);
        ProjectSummary summary = ProjectSummary.of(project, project.member(me.id()).orElseThrow().role());
        Map<Long, String> names = projects.memberNames(projectId);
        LocalDate today = CouncilTime.today();
        // Sessions (with their attendees) first: the pledges' query below would otherwise load them without.
        List<SessionView> sessions = projects.sessionsOf(projectId).stream().map(SessionView::of).toList();
        List<Contribution> contributions = projects.contributionsOf(projectId);
        Set<Long> unpaid = project.members().stream().filter(ProjectMember::unpaidContributor).map(ProjectMember::userId)
                .collect(Collectors.toSet());
        List<PledgeView> pledges = projects.pledgesOf(projectId).stream().map(g -> new PledgeView(g.id(), g.session().id(),
                g.session().title(), names.getOrDefault(g.memberUserId(), ""), g.what(), g.dueOn(), g.status(), g.statusNote(),
                g.remindOn(today))).toList();
        return new ProjectDetail(summary,
                members(project, names),
                sessions,
                pledges, pledges.stream().filter(PledgeView::remind).toList(),
                contributions.stream().map(c -> new ContributionView(c.id(), names.getOrDefault(c.memberUserId(), ""), c.workedOn(),
                        c.minutes(), c.ratePence(), c.amountPence(), c.claimedOn(), c.paidOn())).toList(),
                PaymentSummary.of(contributions, unpaid, names), facilitates(me, project), project.closingReport(),
                project.closedOn(), powerMapView(project), results(projectId));
    }

    private static PowerMapView powerMapView(CoDesignProject project) {
        PowerMap map = project.powerMap();
        return new PowerMapView(map.stakeholders(), map.mostAffectedMissing(memberIds(project)), project.powerMapRevision());
    }

    private static Set<Long> memberIds(CoDesignProject project) {
        return project.members().stream().map(ProjectMember::userId).collect(Collectors.toSet());
    }

    private List<ResultView> results(long projectId) {
        List<Object[]> rows = projects.resultsWithOffers(projectId);
        // How many plans use an offer is for staff: partners see nothing drawn from any plan.
        Map<Long, Long> using = !mayReadThemes(callers.current()) ? null
                : rows.stream().anyMatch(r -> r[1] != null) ? supportPlans.offerUseCounts() : Map.of();
        return rows.stream().map(row -> {
            ProjectResult r = (ProjectResult) row[0];
            CommunityOffer o = (CommunityOffer) row[1];
            return new ResultView(r.id(), r.kind(), r.whatChanged(), r.changedOn(), r.recordedBy(),
                    o == null ? null : offerView(o, using));
        }).toList();
    }

    /** An offer as shown; without plan counts ({@code using} null) for callers who are not staff. */
    private static OfferView offerView(CommunityOffer o, Map<Long, Long> using) {
        return new OfferView(o.id(), o.name(), o.whoCanUse(), o.howToGet(), o.contact(), o.locality(), o.serviceArea(),
                o.project().id(), o.project().name(), o.endedOn(), using == null ? null : using.getOrDefault(o.id(), 0L));
    }

    /**
     * Replaces the project's power map (facilitators only), made against the revision of the
     * map the facilitator read: a map someone changed since is refused, not overwritten.
     */
    @Audited(action = "project.power-map", recordType = "CoDesignProject", purpose = "co-design")
    public PowerMapView savePowerMap(@RecordId long projectId, int expectedRevision, PowerMap map) {
        CurrentUser me = callers.current();
        CoDesignProject project = runBy(me, projectId);
        PowerMap clean = (map == null ? PowerMap.empty() : map).normalised();
        InvalidInputException.throwIfAny(clean.problems(memberIds(project)));
        project.replacePowerMap(clean, expectedRevision);
        try {
            projects.flush();
        } catch (jakarta.persistence.OptimisticLockException raced) {
            throw new org.coplan.shared.StaleEditException("another facilitator, a moment ago");
        }
        AuditNote.current().detail(clean.stakeholders().size() + " stakeholders");
        changed(projectId);
        return powerMapView(project);
    }

    /**
     * Records what changed because of the project (facilitators only). A result people can use
     * comes with its community offer, which practitioners can then choose for a plan.
     */
    @Audited(action = "project.result", recordType = "CoDesignProject", purpose = "co-design")
    public long recordResult(@RecordId long projectId, ResultKind kind, String whatChanged, LocalDate changedOn, OfferDraft offer) {
        CurrentUser me = callers.current();
        CoDesignProject project = runBy(me, projectId);
        List<FieldProblem> problems = new ArrayList<>(ProjectResult.problems(kind, whatChanged, changedOn, CouncilTime.today()));
        if (offer != null) {
            problems.addAll(offer.problems());
        }
        InvalidInputException.throwIfAny(problems);
        ProjectResult result = new ProjectResult(project, kind, whatChanged, changedOn, me.username(), Instant.now());
        projects.add(result);
        if (offer != null) {
            projects.add(new CommunityOffer(result, offer));
        }
        projects.flush();
        AuditNote.current().detail("ProjectResult " + result.id() + (offer == null ? "" : " with a community offer"));
        changed(projectId);
        return result.id();
    }

    /** Ends a community offer (facilitators of its project): it is no longer offered, and plans that use it say so. */
    @Audited(action = "offer.end", recordType = "CommunityOffer", purpose = "co-design")
    public void endOffer(@RecordId long offerId, LocalDate on) {
        CurrentUser me = callers.current();
        CommunityOffer offer = projects.find(CommunityOffer.class, offerId);
        if (offer == null || projects.findWithMembers(offer.project().id()).filter(p -> p.member(me.id()).isPresent()).isEmpty()) {
            throw new RecordNotFoundException("CommunityOffer", offerId);
        }
        runBy(me, offer.project().id());
        if (on == null || on.isAfter(CouncilTime.today())) {
            throw new BusinessException("endedOn", "Give the date the offer ended; it cannot be in the future.");
        }
        offer.end(on);
        changed(offer.project().id());
    }

    /**
     * The community offers the caller may choose from or see: those of the service areas of the
     * teams they work in, and those of projects they are a member of; each with how many open
     * plans use it.
     */
    @Audited(action = "offers.view", recordType = "CommunityOffer", purpose = "co-design")
    public List<OfferView> offers() {
        CurrentUser me = callers.current();
        List<CommunityOffer> offers = projects.offersFor(me.id(), me.teamIds());
        Map<Long, Long> using = !mayReadThemes(me) ? null : offers.isEmpty() ? Map.of() : supportPlans.offerUseCounts();
        return offers.stream().map(o -> offerView(o, using)).toList();
    }

    /**
     * The anonymised themes from plans in the project's service area, and those attached to the
     * project as evidence, for the project's staff members. An attached theme that has fallen
     * under five people (a consent withdrawn, a plan closed) stays listed, without its count.
     */
    @Audited(action = "project.themes.view", recordType = "CoDesignProject", purpose = "co-design")
    public List<ThemeView> themes(@RecordId long projectId) {
        CurrentUser me = callers.current();
        CoDesignProject project = memberOf(me, projectId);
        if (!mayReadThemes(me)) {
            throw new BusinessException("Themes from plans are shown to the project's staff only.");
        }
        Map<Theme.Key, ProjectTheme> attached = projects.themesOf(projectId).stream()
                .collect(Collectors.toMap(ProjectTheme::key, t -> t));
        List<ThemeView> themes = new ArrayList<>();
        Set<Theme.Key> shown = new java.util.HashSet<>();
        for (Theme t : supportPlans.anonymisedThemes(project.serviceArea())) {
            ProjectTheme a = attached.get(t.key());
            themes.add(new ThemeView(t.kind(), t.framework(), t.category(), t.categoryName(), t.locality(), t.people(), a != null,
                    a == null ? null : a.note()));
            shown.add(t.key());
        }
        attached.values().stream().filter(a -> !shown.contains(a.key())).forEach(a -> themes.add(new ThemeView(a.key().kind(),
                a.key().framework(), a.key().category(), a.categoryName(), a.key().locality(), null, true, a.note())));
        return themes;
    }

    /** Attaches a theme to the project as evidence (facilitators only); only a theme shown today, of five people or more. */
    @Audited(action = "project.theme.attach", recordType = "CoDesignProject", purpose = "co-design")
    public void attachTheme(@RecordId long projectId, Theme.Key key, String note) {
        CurrentUser me = callers.current();
        CoDesignProject project = runBy(me, projectId);
        if (note != null && note.length() > 1000) {
            throw new BusinessException("note", "Keep the note to 1000 characters.");
        }
        Theme theme = supportPlans.anonymisedThemes(project.serviceArea()).stream().filter(t -> t.key().equals(key)).findFirst()
                .orElseThrow(() -> new BusinessException("theme", "That theme is not one this project can attach: it may have fallen under five people."));
        if (projects.themesOf(projectId).stream().noneMatch(t -> t.key().equals(key))) {
            projects.add(new ProjectTheme(projectId, theme, note, me.username(), Instant.now()));
        }
        changed(projectId);
        AuditNote.current().detail(key.kind() + " " + key.framework() + "/" + key.category() + " in " + key.locality());
    }

    @Audited(action = "project.theme.detach", recordType = "CoDesignProject", purpose = "co-design")
    public void detachTheme(@RecordId long projectId, Theme.Key key) {
        CurrentUser me = callers.current();
        runBy(me, projectId);
        projects.themesOf(projectId).stream().filter(t -> t.key().equals(key)).forEach(projects::remove);
        changed(projectId);
    }

    private static boolean mayReadThemes(CurrentUser me) {
        return me.has(Role.FACILITATOR) || me.has(Role.MANAGER) || me.has(Role.PRACTITIONER);
    }

    /**
     * Starts a project (facilitators only). The facilitator who starts it is its first member,
     * as its facilitator; the project begins at scoping.
     */
    @Audited(action = "project.start", recordType = "CoDesignProject", purpose = "co-design")
    public long startProject(ProjectDraft draft) {
        CurrentUser me = callers.current();
        if (!me.has(Role.FACILITATOR)) {
            throw new BusinessException("Only facilitators start co-design projects.");
        }
        InvalidInputException.throwIfAny(draft.problems());
        org.coplan.participation.Ladder ladder = ladders.ladderEntity(draft.ladderId())
                .orElseThrow(() -> new BusinessException("ladderId", "Choose one of the ladders listed."));
        org.coplan.participation.Rung target = ladder.rungs().stream().filter(r -> r.id() == draft.targetRungId().longValue())
                .findFirst().orElseThrow(() -> new BusinessException("targetRungId", "Choose a rung of the ladder you chose."));
        CoDesignProject project = new CoDesignProject(draft.name(), draft.aim(), draft.locality().strip(), draft.serviceArea(), ladder,
                target);
        project.addMember(new ProjectMember(me.id(), ProjectRole.FACILITATOR, false));
        projects.add(project);
        projects.flush();
        AuditNote.current().detail("CoDesignProject " + project.id());
        changed(project.id());
        return project.id();
    }

    /** People the project's facilitators can add as members. */
    @Audited(action = "project.candidates.view", recordType = "CoDesignProject", purpose = "co-design")
    public List<CodesignViews.Candidate> memberCandidates(@RecordId long projectId) {
        runBy(callers.current(), projectId);
        return projects.memberCandidates(projectId).stream()
                .map(row -> new CodesignViews.Candidate((Long) row[0], (String) row[1])).toList();
    }

    /** Adds a member, or changes a member's role (facilitators only). */
    @Audited(action = "project.member.add", recordType = "CoDesignProject", purpose = "co-design")
    public void addMember(@RecordId long projectId, long userId, ProjectRole role, boolean unpaidContributor) {
        CurrentUser me = callers.current();
        CoDesignProject project = runBy(me, projectId);
        if (role == null) {
            throw new BusinessException("role", "Choose the member's role in the project.");
        }
        boolean known = project.member(userId).isPresent()
                || projects.memberCandidates(projectId).stream().anyMatch(row -> ((Long) row[0]) == userId);
        if (!known) {
            throw new BusinessException("member", "Choose someone from the list.");
        }
        if (project.member(userId).filter(m -> m.role() == ProjectRole.FACILITATOR).isPresent() && role != ProjectRole.FACILITATOR
                && project.members().stream().filter(m -> m.role() == ProjectRole.FACILITATOR).count() == 1) {
            throw new BusinessException("role", "A project needs a facilitator: add another facilitator first.");
        }
        project.addMember(new ProjectMember(userId, role, unpaidContributor));
        AuditNote.current().detail("member " + userId + " as " + role);
        changed(projectId);
    }

    @Audited(action = "project.member.remove", recordType = "CoDesignProject", purpose = "co-design")
    public void removeMember(@RecordId long projectId, long userId) {
        CurrentUser me = callers.current();
        runBy(me, projectId).removeMember(userId);
        AuditNote.current().detail("member " + userId);
        changed(projectId);
    }

    /** The caller's own pledges and hours across the projects they belong to: a partner's "my part". */
    @Audited(action = "projects.my-part.view", recordType = "CoDesignProject", purpose = "co-design")
    public CodesignViews.MyPart myPart() {
        CurrentUser me = callers.current();
        Set<Long> mine = projects.projectsOfMember(me.id()).stream().map(ProjectSummary::id).collect(Collectors.toSet());
        return new CodesignViews.MyPart(
                projects.pledgesOfMember(me.id()).stream().filter(g -> mine.contains(g.session().project().id()))
                        .map(g -> new CodesignViews.MyPledge(g.session().project().id(), g.session().project().name(),
                                g.session().title(), g.what(), g.dueOn(), g.status(), g.statusNote())).toList(),
                projects.contributionsOfMember(me.id()).stream().filter(c -> mine.contains(c.project().id()))
                        .map(c -> new CodesignViews.MyHours(c.project().id(), c.project().name(), c.workedOn(), c.minutes(),
                                c.amountPence(), c.claimedOn(), c.paidOn())).toList());
    }

    /** The project's members and whether the caller runs it, for a session's forms. */
    @Audited(action = "project.members.view", recordType = "CoDesignProject", purpose = "co-design")
    public Membership membership(@RecordId long projectId) {
        CurrentUser me = callers.current();
        CoDesignProject project = memberOf(me, projectId);
        return new Membership(members(project, projects.memberNames(projectId)), facilitates(me, project));
    }

    private static List<MemberView> members(CoDesignProject project, Map<Long, String> names) {
        return project.members().stream().map(m -> new MemberView(m.userId(), names.getOrDefault(m.userId(), ""), m.role(),
                m.unpaidContributor())).sorted(java.util.Comparator.comparing(MemberView::name)).toList();
    }

    @Audited(action = "sessions.view", recordType = "CoDesignProject", purpose = "co-design")
    public List<SessionView> sessions(@RecordId long projectId) {
        memberOf(callers.current(), projectId);
        return projects.sessionsOf(projectId).stream().map(SessionView::of).toList();
    }

    @Audited(action = "session.view", recordType = "Session", purpose = "co-design")
    public SessionView session(@RecordId long sessionId) {
        CurrentUser me = callers.current();
        ProjectSession session = projects.session(sessionId).filter(s -> s.project().member(me.id()).isPresent())
                .orElseThrow(() -> new RecordNotFoundException("Session", sessionId));
        AuditNote.current().detail("CoDesignProject " + session.project().id());
        return SessionView.of(session);
    }

    /** Moves the project on through its life cycle; closing it needs the closing report (facilitators only). */
    @Audited(action = "project.stage", recordType = "CoDesignProject", purpose = "co-design")
    public void advance(@RecordId long projectId, ProjectStage next, String closingReport) {
        CurrentUser me = callers.current();
        CoDesignProject project = runBy(me, projectId);
        project.advance(next, closingReport, CouncilTime.today());
        AuditNote.current().detail(String.valueOf(next));
        changed(projectId);
    }

    /** Plans a session (facilitators only). */
    @Audited(action = "session.plan", recordType = "CoDesignProject", purpose = "co-design")
    public long planSession(@RecordId long projectId, String title, SessionMethod method, LocalDate on, String agenda) {
        CurrentUser me = callers.current();
        CoDesignProject project = runBy(me, projectId);
        List<FieldProblem> problems = new ArrayList<>();
        if (title == null || title.isBlank() || title.length() > 200) {
            problems.add(new FieldProblem("title", "Give the session a title of up to 200 characters."));
        }
        if (method == null) {
            problems.add(new FieldProblem("method", "Choose how the session will be run."));
        }
        if (on == null) {
            problems.add(new FieldProblem("plannedOn", "Give the date of the session."));
        }
        InvalidInputException.throwIfAny(problems);
        ProjectSession session = new ProjectSession(project, title, method, on, agenda, me.username());
        projects.add(session);
        projects.flush();
        AuditNote.current().detail("Session " + session.id());
        changed(projectId);
        return session.id();
    }

    /** Plans a series such as Keeping it Personal: six sessions over twelve months, from the first date. */
    @Audited(action = "session.series", recordType = "CoDesignProject", purpose = "co-design")
    public List<Long> planSeries(@RecordId long projectId, String seriesName, LocalDate firstOn) {
        CurrentUser me = callers.current();
        CoDesignProject project = runBy(me, projectId);
        if (seriesName == null || seriesName.isBlank() || seriesName.length() > 150 || firstOn == null) {
            throw new BusinessException("seriesName", "Give the series a name (up to 150 characters) and the date of its first session.");
        }
        List<ProjectSession> series = new ArrayList<>();
        for (int i = 0; i < SERIES_SESSIONS; i++) {
            series.add(ProjectSession.ofSeries(project, seriesName, i + 1, SERIES_SESSIONS,
                    firstOn.plusMonths((long) i * SERIES_MONTHS_APART), me.username()));
        }
        series.forEach(projects::add);
        projects.flush();
        changed(projectId);
        return series.stream().map(ProjectSession::id).toList();
    }

    /** Records a session as held: attendees with their standing, agenda, outputs and the method's own detail. */
    @Audited(action = "session.record", recordType = "Session", purpose = "co-design")
    public void recordSession(@RecordId long sessionId, LocalDate heldOn, List<Attendee> attendees, String agenda, String outputs,
                              Object detail) {
        CurrentUser me = callers.current();
        ProjectSession session = sessionRunBy(me, sessionId);
        List<FieldProblem> problems = new ArrayList<>(MethodDetail.problems(session.method(), detail));
        if (heldOn == null || heldOn.isAfter(CouncilTime.today())) {
            problems.add(new FieldProblem("heldOn", "Give the date the session was held; it cannot be in the future."));
        }
        if (outputs != null && outputs.length() > 4000 || agenda != null && agenda.length() > 4000) {
            problems.add(new FieldProblem("outputs", "Keep the agenda and the outputs to 4000 characters each."));
        }
        InvalidInputException.throwIfAny(problems);
        session.recordHeld(heldOn, attendees == null ? List.of() : attendees, agenda, outputs, detail);
        changed(session.project().id());
    }

    /** A pledge made in a session by a named member of the project. */
    @Audited(action = "pledge.make", recordType = "Session", purpose = "co-design")
    public long makePledge(@RecordId long sessionId, long memberUserId, String what, LocalDate dueOn) {
        CurrentUser me = callers.current();
        ProjectSession session = sessionRunBy(me, sessionId);
        if (session.project().member(memberUserId).isEmpty()) {
            throw new BusinessException("member", "A pledge is made by a member of the project.");
        }
        Pledge pledge = new Pledge(session, memberUserId, what, dueOn, me.username(), Instant.now());
        projects.add(pledge);
        projects.flush();
        AuditNote.current().detail("Pledge " + pledge.id());
        changed(session.project().id());
        return pledge.id();
    }

    @Audited(action = "pledge.follow-up", recordType = "Pledge", purpose = "co-design")
    public void followUpPledge(@RecordId long pledgeId, PledgeStatus status, String note) {
        CurrentUser me = callers.current();
        Pledge pledge = projects.find(Pledge.class, pledgeId);
        if (pledge == null || !facilitates(me, projects.findWithMembers(pledge.session().project().id()).orElseThrow())) {
            throw new RecordNotFoundException("Pledge", pledgeId);
        }
        pledge.followUp(status, note, me.username(), Instant.now());
        changed(pledge.session().project().id());
    }

    /**
     * Hours a member gave. An unpaid contributor's hours are paid at the hourly rate given; a
     * member who is paid for their job gets no rate.
     */
    @Audited(action = "contribution.record", recordType = "CoDesignProject", purpose = "co-design")
    public long recordContribution(@RecordId long projectId, long memberUserId, LocalDate workedOn, int minutes,
                                   Integer hourlyRatePence, LocalDate claimedOn) {
        CurrentUser me = callers.current();
        CoDesignProject project = runBy(me, projectId);
        ProjectMember member = project.member(memberUserId)
                .orElseThrow(() -> new BusinessException("member", "Hours are recorded for members of the project."));
        if (member.unpaidContributor() && hourlyRatePence == null) {
            throw new BusinessException("rate", "An unpaid contributor is paid for their time: give the hourly rate.");
        }
        if (!member.unpaidContributor() && hourlyRatePence != null) {
            throw new BusinessException("rate", "This member is paid for their job; their hours take no rate.");
        }
        if (workedOn == null || workedOn.isAfter(CouncilTime.today())) {
            throw new BusinessException("workedOn", "Give the day the time was given; it cannot be in the future.");
        }
        Contribution contribution = new Contribution(project, memberUserId, workedOn, minutes, hourlyRatePence, claimedOn,
                me.username());
        projects.add(contribution);
        projects.flush();
        AuditNote.current().detail("Contribution " + contribution.id());
        changed(projectId);
        return contribution.id();
    }

    @Audited(action = "contribution.paid", recordType = "Contribution", purpose = "co-design")
    public void markPaid(@RecordId long contributionId, LocalDate paidOn) {
        CurrentUser me = callers.current();
        Contribution contribution = projects.find(Contribution.class, contributionId);
        if (contribution == null) {
            throw new RecordNotFoundException("Contribution", contributionId);
        }
        runBy(me, contribution.project().id());
        contribution.paid(paidOn);
        changed(contribution.project().id());
    }

    /** Tells whoever keeps counts of projects that this one changed (they act once the change commits). */
    private void changed(long projectId) {
        changed.fire(new ProjectChanged(projectId));
    }

    private CoDesignProject memberOf(CurrentUser me, long projectId) {
        return projects.findWithMembers(projectId).filter(p -> p.member(me.id()).isPresent())
                .orElseThrow(() -> new RecordNotFoundException("CoDesignProject", projectId));
    }

    /** A project the caller runs. A member who does not facilitate sees the project but cannot run it. */
    private CoDesignProject runBy(CurrentUser me, long projectId) {
        CoDesignProject project = memberOf(me, projectId);
        if (!facilitates(me, project)) {
            throw new BusinessException("Only the project's facilitators can do this.");
        }
        return project;
    }

    private ProjectSession sessionRunBy(CurrentUser me, long sessionId) {
        ProjectSession session = projects.session(sessionId).filter(s -> s.project().member(me.id()).isPresent())
                .orElseThrow(() -> new RecordNotFoundException("Session", sessionId));
        if (!facilitates(me, session.project())) {
            throw new BusinessException("Only the project's facilitators can do this.");
        }
        return session;
    }

    private static boolean facilitates(CurrentUser me, CoDesignProject project) {
        return project.member(me.id()).filter(m -> m.role() == ProjectRole.FACILITATOR).isPresent();
    }
}
