package org.coplan.participationaudit;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.coplan.participationaudit.Measures.Feedback;
import org.coplan.participationaudit.Measures.Rag;
import org.coplan.participationaudit.Measures.Share;

/** Every measure of the participation audit for one filter, as the dashboard, the exports and the API show it. */
public record ParticipationReport(Filters filters, List<DecisionGroup> teams, List<DecisionGroup> projects, List<TeamPlans> plans,
                                  List<ProjectChecks> projectChecks, Totals totals, List<QuarterRag> quarters, Thresholds thresholds,
                                  List<PrincipleRow> principles) {

    /**
     * One co-production principle: the mean of the teams' own scores and of their lived-experience
     * partners' scores for the report's latest quarter (null when none), beside CoPlan's own
     * evidence for it — a share, or for peer networks the mean size of a circle of support.
     */
    public record PrincipleRow(Principle principle, Double teamScore, long teamScores, Double partnersScore, long partnersScores,
                               Share evidence, Double evidenceValue) {
    }

    /** What the report was filtered by, in words as well as ids, so that every screen and export can say it. */
    public record Filters(Long teamId, String teamName, String serviceArea, String locality, Long ladderId, String ladderName,
                          LocalDate from, LocalDate to, List<String> serviceAreasSeen, List<Long> teamsYouManage) {

        /** Whether the records behind a team's figures (its people and plans) are the manager's to open. */
        public boolean manages(long teamId) {
            return teamsYouManage.contains(teamId);
        }
    }

    /** How many decisions sat on one rung. */
    public record RungCount(String band, int ordinal, String rung, long decisions) {
    }

    /** The decisions of one team (plans and reviews) or one project (and its sessions). */
    public record DecisionGroup(String kind, long id, String name, long decisions, List<RungCount> rungs, Map<String, Long> bands,
                                Share inputChanged, long livedExperienceProposed, Feedback feedback, Double gap, long ratings) {
    }

    /** One team's plans and reviews. */
    public record TeamPlans(long teamId, String teamName, Share chairedOrCoChaired, Share ownWords, Share coSigned) {
    }

    /** The Lundy model's five checks for one project. */
    public record Lundy(boolean space, boolean voice, boolean audience, boolean influence, boolean feedback) {
    }

    /** One project's tokenism flags, pledges, hours and payments, and Lundy checklist. */
    public record ProjectChecks(long id, String name, String stage, String targetRung, boolean allDecisionsBelowTarget,
                                long sessionsHeld, long sessionsWithoutLivedExperience, long unpaidContributors,
                                long unpaidNeverPaid, long pledges, long pledgesKept, long pledgesBroken, long pledgesOverdue,
                                long minutes, long paidPence, long owedPence, Double medianDaysToPay, Lundy lundy) {

        public boolean flagged() {
            return allDecisionsBelowTarget || sessionsWithoutLivedExperience > 0 || unpaidNeverPaid > 0;
        }
    }

    /** The same measures over everything in the filter. */
    public record Totals(long decisions, Map<String, Long> bands, Share inputChanged, Feedback feedback, Double gap, long ratings,
                         Share chairedOrCoChaired, Share ownWords, Share coSigned, long pledges, long pledgesKept, long minutes,
                         long paidPence, long owedPence, Double medianDaysToPay) {
    }

    /** One quarter's red/amber/green summary. Own words are counted as the plans stand today, so only the latest quarter has them. */
    public record QuarterRag(String quarter, LocalDate from, LocalDate to, Share ownWords, Rag ownWordsRag, Share chaired,
                             Rag chairedRag, Share fedBackInTime, Rag fedBackRag) {
    }

    /** The thresholds the summary was measured against. */
    public record Thresholds(double ownWords, double chaired, double fedBackInTime, double amberMargin) {
    }
}
