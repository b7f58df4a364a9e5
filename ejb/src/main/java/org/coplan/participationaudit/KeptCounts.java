package org.coplan.participationaudit;

import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.coplan.codesign.ProjectChanged;
import org.coplan.participation.LadderChanged;
import org.coplan.participationaudit.ParticipationAuditRepository.Only;
import org.coplan.participationaudit.ParticipationAuditRepository.Scope;
import org.coplan.supportplan.PlanChanged;

/**
 * The audit's counts kept team by team and project by project, so that a dashboard counts again
 * only the teams and projects that changed since it was last counted.
 *
 * <p>Every change to a plan, a project or a decision marks its team or project changed once the
 * change is committed ({@link PlanChanged}, {@link ProjectChanged}, {@link CountsChanged}); a
 * change to a ladder marks everything changed. Marks are numbered by one clock. Counts are kept
 * with the clock's reading taken <em>before</em> they were counted, and are used only while no
 * mark on their team or project is later than that. A change committed while a count runs is
 * therefore counted again at the next request, whether or not that count saw it: no one is shown
 * counts older than the last change committed before they asked.
 *
 * <p>What is kept is each team's or project's figures, built once from its rows when counted
 * ({@link ReportBuilder.Figures}): a report only adds them together.
 *
 * <p>Counts are kept in this server's memory (at most {@value #MAX_KEPT} teams' or projects'
 * counts, each for at most {@value #KEPT_MINUTES} minutes). CoPlan runs as one server; a council
 * that runs several must send the marks to all of them, or turn keeping off with
 * {@code coplan.audit.keep-counts=false}. The time limit also bounds how long a change made
 * outside CoPlan's services (by hand in the database) can go unseen.
 */
@ApplicationScoped
public class KeptCounts {

    static final int MAX_KEPT = 20_000;
    static final int KEPT_MINUTES = 30;

    /**
     * The whole scope is counted once when more than one in this many of its teams and projects
     * changed; fewer are counted by their ids, {@link ParticipationAuditRepository#ONLY_MAX} at a
     * time. Counting a few dozen teams by id costs milliseconds; the whole council, seconds.
     */
    static final int WHOLE_WHEN_ONE_IN = 4;

    /** A team or a project, the unit counts are kept by. */
    public record Group(String kind, long id) {

        static Group team(long id) {
            return new Group("TEAM", id);
        }

        static Group project(long id) {
            return new Group("PROJECT", id);
        }
    }

    /**
     * One team's or project's own rows of each count, in the shapes the repository documents (or
     * the rows of many, one after another).
     */
    public record GroupRows(List<Object[]> rungs, List<Object[]> feedback, List<Object[]> gaps, List<Object[]> reviews,
                            List<Object[]> plans, List<Object[]> projects, List<Object[]> pledges, List<Object[]> contributions) {

        /** These rows shared out by the team or project each belongs to. */
        Map<Group, GroupRows> byGroup() {
            Map<Group, GroupRows> out = new HashMap<>();
            Function<Group, GroupRows> of = g -> out.computeIfAbsent(g, k -> new GroupRows(new ArrayList<>(), new ArrayList<>(),
                    new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
            rungs.forEach(r -> of.apply(decisionGroup(r)).rungs.add(r));
            feedback.forEach(r -> of.apply(decisionGroup(r)).feedback.add(r));
            gaps.forEach(r -> of.apply(decisionGroup(r)).gaps.add(r));
            reviews.forEach(r -> of.apply(Group.team(ParticipationAuditRepository.number(r[0]))).reviews.add(r));
            plans.forEach(r -> of.apply(Group.team(ParticipationAuditRepository.number(r[0]))).plans.add(r));
            projects.forEach(r -> of.apply(Group.project(ParticipationAuditRepository.number(r[0]))).projects.add(r));
            pledges.forEach(r -> of.apply(Group.project(ParticipationAuditRepository.number(r[0]))).pledges.add(r));
            contributions.forEach(r -> of.apply(Group.project(ParticipationAuditRepository.number(r[0]))).contributions.add(r));
            return out;
        }

        private static Group decisionGroup(Object[] r) {
            return new Group((String) r[0], ParticipationAuditRepository.number(r[1]));
        }
    }

    /** A team's or project's counts for one period, ladder and day (the day decides what is late). */
    record Key(Group group, long ladderId, LocalDate from, LocalDate to, LocalDate today) {

        static Key of(Group group, Scope scope) {
            return new Key(group, scope.ladderId(), scope.from(), scope.to(), scope.today());
        }
    }

    /** A team's or project's figures with the clock's reading taken before they were counted. */
    record Kept(long countedAt, ReportBuilder.Figures figures) {
    }

    /** A count of a whole scope, shared by the managers who ask for it at once. */
    private record Whole(Scope scope) {
    }

    private record Counted(long countedAt, Map<Group, ReportBuilder.Figures> figures) {
    }

    private final AtomicLong clock = new AtomicLong();
    private final Map<Group, Long> changedAt = new ConcurrentHashMap<>();
    private final AtomicLong allChangedAt = new AtomicLong();
    private final java.util.concurrent.ConcurrentMap<Key, Kept> kept = Caffeine.newBuilder().maximumSize(MAX_KEPT)
            .expireAfterWrite(Duration.ofMinutes(KEPT_MINUTES)).<Key, Kept>build().asMap();

    // Nothing in this bean is injected: in Payara its one instance was at times made with its
    // @Inject fields unset (seen once the demo council had loaded), so it owns what it needs.
    CountsInFlight inFlight = new CountsInFlight();

    /** coplan.audit.keep-counts, read once (null until then). */
    Boolean keep;

    private boolean keeping() {
        if (keep == null) {
            keep = org.eclipse.microprofile.config.ConfigProvider.getConfig()
                    .getOptionalValue("coplan.audit.keep-counts", Boolean.class).orElse(Boolean.TRUE);
        }
        return keep;
    }

    /**
     * The figures of every team and project given, in the scope's period, ladder and day: kept
     * figures where nothing has changed since they were counted, and a count of the rest. The
     * changed teams and projects are counted by their ids ({@link ParticipationAuditRepository#ONLY_MAX}
     * of each at a time); when more than one in {@value #WHOLE_WHEN_ONE_IN} changed, the whole
     * scope is counted once instead (shared with managers asking for the same scope at the same
     * time) and kept for all of them. Figures are built from their rows once, when counted
     * ({@link ReportBuilder#figures}), so a report only adds kept figures together.
     *
     * @param count counts the scope's teams and projects given, or all of them
     */
    public List<ReportBuilder.Figures> figuresOf(Scope scope, List<Long> teams, List<Long> projects, Function<Only, GroupRows> count) {
        if (!keeping()) {
            return new ArrayList<>(inFlight.share(new Whole(scope),
                    () -> ReportBuilder.figures(count.apply(Only.ALL), scope.today())).values());
        }
        Map<Group, ReportBuilder.Figures> found = new LinkedHashMap<>();
        List<Long> staleTeams = new ArrayList<>();
        List<Long> staleProjects = new ArrayList<>();
        teams.forEach(id -> look(Group.team(id), scope, found, staleTeams));
        projects.forEach(id -> look(Group.project(id), scope, found, staleProjects));
        int stale = staleTeams.size() + staleProjects.size();
        if (stale > Math.max(ParticipationAuditRepository.ONLY_MAX, found.size() / WHOLE_WHEN_ONE_IN)) {
            Counted whole = inFlight.share(new Whole(scope), () -> {
                long at = clock.get();
                return new Counted(at, ReportBuilder.figures(count.apply(Only.ALL), scope.today()));
            });
            found.replaceAll((g, f) -> f != null ? f : keep(g, scope, whole.countedAt(), whole.figures()));
        } else if (stale > 0) {
            long at = clock.get();
            Map<Group, ReportBuilder.Figures> counted = new HashMap<>();
            int max = ParticipationAuditRepository.ONLY_MAX;
            for (int i = 0; i * max < Math.max(staleTeams.size(), staleProjects.size()); i++) {
                counted.putAll(ReportBuilder.figures(count.apply(new Only(part(staleTeams, i), part(staleProjects, i))), scope.today()));
            }
            found.replaceAll((g, f) -> f != null ? f : keep(g, scope, at, counted));
        }
        return new ArrayList<>(found.values());
    }

    /** The i-th {@link ParticipationAuditRepository#ONLY_MAX} of the ids (none past the end). */
    private static List<Long> part(List<Long> ids, int i) {
        int max = ParticipationAuditRepository.ONLY_MAX;
        return ids.subList(Math.min(ids.size(), i * max), Math.min(ids.size(), (i + 1) * max));
    }

    private void look(Group group, Scope scope, Map<Group, ReportBuilder.Figures> found, List<Long> stale) {
        Kept k = kept.get(Key.of(group, scope));
        if (k != null && fresh(group, k.countedAt())) {
            found.put(group, k.figures());
        } else {
            found.put(group, null);
            stale.add(group.id());
        }
    }

    private ReportBuilder.Figures keep(Group group, Scope scope, long countedAt, Map<Group, ReportBuilder.Figures> counted) {
        ReportBuilder.Figures figures = counted.getOrDefault(group, ReportBuilder.Figures.none(group));
        kept.merge(Key.of(group, scope), new Kept(countedAt, figures), (old, now) -> old.countedAt() >= now.countedAt() ? old : now);
        return figures;
    }

    private boolean fresh(Group group, long countedAt) {
        return countedAt >= allChangedAt.get() && countedAt >= changedAt.getOrDefault(group, 0L);
    }

    // ---- what changed: marked once committed -------------------------------------------------------

    void changed(Group group) {
        long now = clock.incrementAndGet();
        changedAt.merge(group, now, Math::max);
    }

    void changedAll() {
        long now = clock.incrementAndGet();
        allChangedAt.accumulateAndGet(now, Math::max);
    }

    void onPlan(@Observes(during = TransactionPhase.AFTER_SUCCESS) PlanChanged change) {
        changed(Group.team(change.teamId()));
    }

    void onProject(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProjectChanged change) {
        changed(Group.project(change.projectId()));
    }

    void onCounts(@Observes(during = TransactionPhase.AFTER_SUCCESS) CountsChanged change) {
        changed(change.group());
    }

    void onLadder(@Observes(during = TransactionPhase.AFTER_SUCCESS) LadderChanged change) {
        changedAll();
    }

    /** Fired in the transaction of a change the audit's read model has followed, for the team or project it counts under. */
    public record CountsChanged(Group group) {
    }
}
