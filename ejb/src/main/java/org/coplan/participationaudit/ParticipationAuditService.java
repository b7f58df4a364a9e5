package org.coplan.participationaudit;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.coplan.audit.AuditNote;
import org.coplan.audit.Audited;
import org.coplan.audit.NotAudited;
import org.coplan.participation.LadderService;
import org.coplan.participation.LadderView;
import org.coplan.participationaudit.ParticipationAuditRepository.Scope;
import org.coplan.participationaudit.ParticipationReport.Filters;
import org.coplan.people.PeopleService;
import org.coplan.people.TeamSummary;
import org.coplan.security.Callers;
import org.coplan.security.CurrentUser;
import org.coplan.security.Role;
import org.coplan.shared.CouncilTime;
import org.coplan.shared.FieldProblem;
import org.coplan.shared.InvalidInputException;
import org.coplan.shared.RecordNotFoundException;
import org.coplan.shared.ServiceArea;
import org.coplan.shared.SqlStatements;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The managers' participation audit. A manager sees the service areas of the teams they manage,
 * and nothing of any other: a team, service area or locality outside them is "not found". Every
 * report, drill-down and export is audited; an export with the purpose the manager gave.
 */
@Stateless
@ManagedExecutorDefinition(name = ParticipationAuditService.COUNTING, maxAsync = 8)
public class ParticipationAuditService {

    /** The threads a count's statements run on, side by side (at most eight at once for the whole server). */
    static final String COUNTING = "java:app/concurrent/AuditCounting";

    @Resource(lookup = COUNTING)
    ManagedExecutorService counting;

    /** At most this many records behind one figure are listed at once. */
    public static final int DRILL_DOWN_MAX = 200;

    @Inject
    ParticipationAuditRepository repository;

    @Inject
    Callers callers;

    @Inject
    PeopleService people;

    @Inject
    LadderService ladders;

    @Inject
    KeptCounts kept;

    @Inject
    @ConfigProperty(name = "coplan.audit.threshold.own-words", defaultValue = "0.90")
    double ownWordsThreshold;

    @Inject
    @ConfigProperty(name = "coplan.audit.threshold.chaired", defaultValue = "0.95")
    double chairedThreshold;

    @Inject
    @ConfigProperty(name = "coplan.audit.threshold.fed-back", defaultValue = "0.90")
    double fedBackThreshold;

    @Inject
    @ConfigProperty(name = "coplan.audit.amber-margin", defaultValue = "0.10")
    double amberMargin;

    /** The filters in words for a page that shows records, not counts (a drill-down): checked like any other. */
    @NotAudited("the names of the filters the manager chose, within their own service areas")
    public Filters filtersOf(AuditFilter filter) {
        Scope scope = scopeOf(filter);
        Map<Long, String> names = new LinkedHashMap<>();
        teams(scope).forEach(t -> names.put(t.id(), t.name()));
        return filters(filter, scope, names);
    }

    /** The teams a manager may filter by: every team of the service areas they manage. */
    @NotAudited("team names of the manager's own service areas, for the filter")
    public List<TeamSummary> teamsInScope() {
        return teams(scopeOf(AuditFilter.lastFourQuarters(CouncilTime.today())));
    }

    /** Every measure for the filter. */
    @Audited(action = "participation-audit.view", recordType = "Team", purpose = "participation audit")
    public ParticipationReport report(AuditFilter filter) {
        Scope scope = scopeOf(filter);
        AuditNote.current().detail(describe(scope));
        return build(filter, scope);
    }

    /** The report as a CSV file, for the purpose the manager gives; formula-like cells are neutralised. */
    @Audited(action = "participation-audit.export.csv", recordType = "Team", purpose = "participation audit")
    public String exportCsv(AuditFilter filter, String purpose) {
        Scope scope = scopeOf(filter);
        AuditNote.current().detail("purpose: " + required(purpose) + "; " + describe(scope));
        return AuditCsv.write(build(filter, scope));
    }

    /** The report for a PDF the web layer draws, for the purpose the manager gives. */
    @Audited(action = "participation-audit.export.pdf", recordType = "Team", purpose = "participation audit")
    public ParticipationReport exportForPdf(AuditFilter filter, String purpose) {
        Scope scope = scopeOf(filter);
        AuditNote.current().detail("purpose: " + required(purpose) + "; " + describe(scope));
        return build(filter, scope);
    }

    /** One score as the self-assessment form shows it. */
    public record ScoreView(Principle principle, ScoredBy scoredBy, int score, String whoScored, String note, String recordedBy) {
    }

    /** A team's self-assessment for the quarter a day falls in: for its manager and practitioners. */
    @Audited(action = "self-assessment.view", recordType = "Team", purpose = "participation audit")
    public List<ScoreView> selfAssessment(@org.coplan.audit.RecordId long teamId, LocalDate day) {
        ofTeam(teamId);
        return repository.scoresOf(teamId, Measures.quarterStart(day)).stream()
                .map(s -> new ScoreView(s.principle(), s.scoredBy(), s.score(), s.whoScored(), s.note(), s.recordedBy())).toList();
    }

    /**
     * Saves a team's scores for the quarter a day falls in, all or none: a score given again for
     * the same principle and scorer replaces the earlier one.
     */
    @Audited(action = "self-assessment.save", recordType = "Team", purpose = "participation audit")
    public void saveSelfAssessment(@org.coplan.audit.RecordId long teamId, LocalDate day, List<PrincipleScoreDraft> drafts) {
        CurrentUser me = ofTeam(teamId);
        List<FieldProblem> problems = new ArrayList<>();
        if (day == null) {
            problems.add(new FieldProblem("quarter", "Choose the quarter the scores are for."));
        }
        drafts.forEach(d -> d.problems().stream().filter(p -> !problems.contains(p)).forEach(problems::add));
        if (drafts.isEmpty()) {
            problems.add(new FieldProblem("score", "Give at least one score."));
        }
        InvalidInputException.throwIfAny(problems);
        LocalDate quarter = Measures.quarterStart(day);
        Map<String, PrincipleScore> existing = new HashMap<>();
        repository.scoresOf(teamId, quarter).forEach(s -> existing.put(s.principle() + ":" + s.scoredBy(), s));
        java.time.Instant now = java.time.Instant.now();
        for (PrincipleScoreDraft d : drafts) {
            PrincipleScore old = existing.get(d.principle() + ":" + d.scoredBy());
            if (old != null) {
                old.rescore(d, me.username(), now);
            } else {
                repository.add(new PrincipleScore(teamId, quarter, d, me.username(), now));
            }
        }
        AuditNote.current().detail(drafts.size() + " scores for " + Measures.quarterOf(quarter));
    }

    /** The caller, when they manage or work in the team; "not found" otherwise. */
    private CurrentUser ofTeam(long teamId) {
        CurrentUser me = callers.current();
        if (!me.teamIds().contains(teamId) || !(me.has(Role.MANAGER) || me.has(Role.PRACTITIONER))) {
            throw new RecordNotFoundException("Team", teamId);
        }
        return me;
    }

    /** What a drill-down lists. */
    public enum Drill {
        /** Decisions of a team or project (optionally of one band). */
        DECISIONS,
        /** Plans of a team, with whose words About me holds and whether the person co-signed. */
        PLANS,
        /** Reviews of a team in the period, with who chaired them. */
        REVIEWS,
        /** Sessions of a project held in the period, with their lived-experience attendees. */
        SESSIONS,
        /** A project's unpaid contributors, with how many of their contributions were paid. */
        UNPAID,
        /** A project's pledges due in the period, with how they went. */
        PLEDGES
    }

    /** One record behind a figure: its kind and id (to open it), its title, and what about it counts. */
    public record DrillItem(String kind, long id, String title, String detail, Long planId, Long projectId) {
    }

    /**
     * The records behind a figure, within the manager's scope: a project outside the filter (or
     * the manager's service areas) is "not found", and so is a team the manager does not manage —
     * its counts are theirs to see, its people and plans are not.
     */
    @Audited(action = "participation-audit.drill-down", recordType = "Team", purpose = "participation audit")
    public List<DrillItem> drillDown(AuditFilter filter, Drill drill, String groupKind, long groupId, String band) {
        Scope scope = scopeOf(filter);
        AuditNote.current().detail(drill + " " + groupKind + " " + groupId + "; " + describe(scope));
        boolean project = drill == Drill.SESSIONS || drill == Drill.UNPAID || drill == Drill.PLEDGES
                || (drill == Drill.DECISIONS && "PROJECT".equals(groupKind));
        // Counts cover the manager's service areas; the people and plans behind them, only the teams they manage.
        boolean inScope = project ? repository.projectInScope(scope, groupId)
                : callers.current().teamIds().contains(groupId) && teams(scope).stream().anyMatch(t -> t.id() == groupId);
        if (!inScope) {
            throw new RecordNotFoundException(project ? "CoDesignProject" : "Team", groupId);
        }
        List<DrillItem> items = new ArrayList<>();
        switch (drill) {
            case DECISIONS -> {
                String kind = "PROJECT".equals(groupKind) ? "PROJECT" : "TEAM";
                for (Object[] r : repository.decisions(scope, kind, groupId, band == null ? "" : band.trim(), DRILL_DOWN_MAX)) {
                    LocalDate fed = ParticipationAuditRepository.date(r[5]);
                    items.add(new DrillItem("DECISION", ParticipationAuditRepository.number(r[0]), (String) r[1],
                            r[2] + " · " + r[3] + " · " + ParticipationAuditRepository.date(r[4]) + " · "
                                    + (fed == null ? "NOT_FED_BACK" : "FED_BACK " + fed)
                                    + (ParticipationAuditRepository.number(r[6]) == 1 ? " · INPUT_CHANGED" : ""),
                            r[7] == null ? null : ParticipationAuditRepository.number(r[7]),
                            r[8] == null ? null : ParticipationAuditRepository.number(r[8])));
                }
            }
            case PLANS -> {
                for (Object[] r : repository.plansOfTeam(scope, groupId, DRILL_DOWN_MAX)) {
                    long plan = ParticipationAuditRepository.number(r[0]);
                    items.add(new DrillItem("PLAN", plan, r[1] + " (" + r[2] + ")",
                            "WRITTEN_BY " + (r[3] == null ? "NOT_RECORDED" : r[3]) + " · "
                                    + (ParticipationAuditRepository.number(r[5]) == 0 ? "NOT_AGREED"
                                    : ParticipationAuditRepository.number(r[4]) == 1 ? "CO_SIGNED" : "NOT_CO_SIGNED"),
                            plan, null));
                }
            }
            case REVIEWS -> {
                for (Object[] r : repository.reviewsOfTeam(scope, groupId, DRILL_DOWN_MAX)) {
                    long plan = ParticipationAuditRepository.number(r[0]);
                    items.add(new DrillItem("REVIEW", plan, r[1] + " (" + r[2] + ")",
                            ParticipationAuditRepository.date(r[3]) + " · " + r[4], plan, null));
                }
            }
            case SESSIONS -> {
                for (Object[] r : repository.sessionsOfProject(scope, groupId, DRILL_DOWN_MAX)) {
                    items.add(new DrillItem("SESSION", ParticipationAuditRepository.number(r[0]), (String) r[1],
                            ParticipationAuditRepository.date(r[2]) + " · LIVED_EXPERIENCE " + ParticipationAuditRepository.number(r[3]),
                            null, groupId));
                }
            }
            case UNPAID -> {
                for (Object[] r : repository.unpaidContributorsOfProject(scope, groupId, DRILL_DOWN_MAX)) {
                    items.add(new DrillItem("CONTRIBUTOR", ParticipationAuditRepository.number(r[0]), (String) r[1],
                            "CONTRIBUTIONS " + ParticipationAuditRepository.number(r[2]) + " · PAID " + ParticipationAuditRepository.number(r[3]),
                            null, groupId));
                }
            }
            case PLEDGES -> {
                for (Object[] r : repository.pledgesOfProject(scope, groupId, DRILL_DOWN_MAX)) {
                    items.add(new DrillItem("PLEDGE", ParticipationAuditRepository.number(r[0]), (String) r[1],
                            r[2] + " · " + ParticipationAuditRepository.date(r[3]) + " · " + r[4], null, groupId));
                }
            }
            default -> throw new IllegalArgumentException(drill.name());
        }
        return items;
    }

    // ---- building the report ----------------------------------------------------------------------

    /**
     * The report for a scope already checked against the caller: each team's and project's
     * figures as kept since nothing in them changed ({@link KeptCounts}), the rest counted now,
     * added together. The principles' scores and the teams' names are read at each request.
     */
    private ParticipationReport build(AuditFilter asked, Scope scope) {
        Map<Long, String> teamNames = new LinkedHashMap<>();
        List<Long> teamsInScope = new ArrayList<>();
        for (TeamSummary t : teams(scope)) {
            teamNames.put(t.id(), t.name());
            if ((scope.teamId() == -1 || scope.teamId() == t.id()) && (scope.locality().isEmpty() || scope.locality().equals(t.locality()))) {
                teamsInScope.add(t.id());
            }
        }
        List<ReportBuilder.Figures> figures = kept.figuresOf(scope, teamsInScope, repository.projectIds(scope),
                only -> countOnly(scope, only));
        return ReportBuilder.build(figures, repository.principleScores(scope, Measures.quarterStart(scope.to())),
                java.util.Collections.unmodifiableMap(teamNames), filters(asked, scope, teamNames),
                new ParticipationReport.Thresholds(ownWordsThreshold, chairedThreshold, fedBackThreshold, amberMargin));
    }

    /**
     * The counts of the scope's teams and projects given (or all of them), by the database, with
     * every number as a long: the drivers give decimals for some (EXTRACT, SUM), and kept rows are
     * read at every request.
     */
    private KeptCounts.GroupRows countOnly(Scope scope, ParticipationAuditRepository.Only only) {
        // The eight statements are independent. A count of a few teams and projects by id runs them side
        // by side, each on a connection of its own, so it takes as long as its slowest statement. A count
        // of a whole scope runs them one after another: each takes seconds of the database's processors,
        // and eight at once would hold up every other page.
        LocalDate overdueBefore = Measures.overdueBefore(scope.today());
        List<Future<List<Object[]>>> counts = new ArrayList<>();
        for (Callable<List<Object[]>> statement : List.<Callable<List<Object[]>>>of(
                () -> repository.rungCounts(scope, only),
                () -> repository.feedbackCounts(scope, only, overdueBefore),
                () -> repository.gapCounts(scope, only),
                () -> repository.reviewCounts(scope, only),
                () -> repository.planCounts(scope, only),
                () -> repository.projects(scope, only),
                () -> repository.pledgeCounts(scope, only),
                () -> repository.contributionCounts(scope, only))) {
            Callable<List<Object[]>> counted = SqlStatements.onThisCount(() -> longs(statement.call()));
            counts.add(only.all() ? CompletableFuture.completedFuture(now(counted)) : counting.submit(counted));
        }
        List<List<Object[]>> rows = new ArrayList<>();
        for (Future<List<Object[]>> count : counts) {
            rows.add(result(count));
        }
        return new KeptCounts.GroupRows(rows.get(0), rows.get(1), rows.get(2), rows.get(3), rows.get(4), rows.get(5), rows.get(6),
                rows.get(7));
    }

    private static <T> T now(Callable<T> statement) {
        try {
            return statement.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("The participation audit could not be counted", e);
        }
    }

    private static <T> T result(Future<T> count) {
        try {
            return count.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while counting the participation audit", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException("The participation audit could not be counted", e.getCause());
        }
    }

    private static List<Object[]> longs(List<Object[]> rows) {
        for (Object[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                if (r[i] instanceof Number n && !(r[i] instanceof Long)) {
                    r[i] = n.longValue();
                }
            }
        }
        return rows;
    }

    private Filters filters(AuditFilter asked, Scope scope, Map<Long, String> teamNames) {
        String ladderName = asked.ladderId() == null ? null : ladders.ladders().stream().filter(l -> l.id() == asked.ladderId())
                .map(LadderView::name).findFirst().orElse(null);
        List<String> areas = new ArrayList<>(new TreeSet<>(List.of(scope.areaOne(), scope.areaTwo())));
        return new Filters(asked.teamId(), asked.teamId() == null ? null : teamNames.get(asked.teamId()),
                asked.serviceArea() == null ? null : asked.serviceArea().name(), asked.locality(), asked.ladderId(), ladderName,
                scope.from(), scope.to(), areas, List.copyOf(new TreeSet<>(callers.current().teamIds())));
    }

    // ---- who may see what --------------------------------------------------------------------------

    /**
     * The filter checked against the manager's service areas: a service area, team or ladder
     * they may not see is "not found"; a period that runs backwards is a mistake to correct.
     */
    private Scope scopeOf(AuditFilter asked) {
        CurrentUser me = callers.current();
        if (!me.has(Role.MANAGER)) {
            throw new RecordNotFoundException("ParticipationAudit", null);
        }
        Set<String> areas = people.myTeams().stream().map(TeamSummary::serviceArea).collect(Collectors.toCollection(TreeSet::new));
        if (areas.isEmpty()) {
            throw new RecordNotFoundException("ParticipationAudit", null);
        }
        AuditFilter f = asked.withDefaultPeriod(CouncilTime.today());
        if (f.from().isAfter(f.to())) {
            throw new InvalidInputException(List.of(new FieldProblem("from", "The period must start on or before the day it ends.")));
        }
        if (f.serviceArea() != null) {
            if (!areas.contains(f.serviceArea().name())) {
                throw new RecordNotFoundException("ServiceArea", null);
            }
            areas = Set.of(f.serviceArea().name());
        }
        List<String> list = new ArrayList<>(areas);
        Scope unchecked = new Scope(list.get(0), list.get(list.size() - 1), -1, "", -1, f.from(), f.to(), CouncilTime.today());
        if (f.teamId() != null && teams(unchecked).stream().noneMatch(t -> t.id() == f.teamId())) {
            throw new RecordNotFoundException("Team", f.teamId());
        }
        return new Scope(unchecked.areaOne(), unchecked.areaTwo(), f.teamId() == null ? -1 : f.teamId(),
                f.locality() == null ? "" : f.locality(), f.ladderId() == null ? -1 : f.ladderId(), f.from(), f.to(), unchecked.today());
    }

    private List<TeamSummary> teams(Scope scope) {
        return repository.teams(scope).stream()
                .map(r -> new TeamSummary(number(r[0]), (String) r[1], (String) r[2], (String) r[3])).toList();
    }

    private static String describe(Scope s) {
        return "areas " + s.areaOne() + (s.areaOne().equals(s.areaTwo()) ? "" : "," + s.areaTwo())
                + (s.teamId() == -1 ? "" : "; team " + s.teamId()) + (s.locality().isEmpty() ? "" : "; locality " + s.locality())
                + (s.ladderId() == -1 ? "" : "; ladder " + s.ladderId()) + "; " + s.from() + " to " + s.to();
    }

    private static String required(String purpose) {
        if (purpose == null || purpose.isBlank()) {
            throw new InvalidInputException(List.of(new FieldProblem("purpose",
                    "Say what the export is for: it is kept in the audit trail with the export.")));
        }
        return purpose.trim().length() > 500 ? purpose.trim().substring(0, 500) : purpose.trim();
    }

    private static long number(Object value) {
        return ParticipationAuditRepository.number(value);
    }
}
