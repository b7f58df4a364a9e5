package org.coplan.web.manager;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.coplan.participationaudit.Measures;
import org.coplan.participationaudit.ParticipationAuditService;
import org.coplan.participationaudit.Principle;
import org.coplan.participationaudit.PrincipleScoreDraft;
import org.coplan.participationaudit.ScoredBy;
import org.coplan.people.TeamSummary;
import org.coplan.shared.BusinessException;
import org.coplan.shared.CouncilTime;
import org.coplan.shared.RecordNotFoundException;
import org.coplan.web.FormMessages;
import org.coplan.web.RecordPages;

/**
 * Backs /manager/principles.xhtml?team=…: a team's self-assessment against the six co-production
 * principles for one quarter, scored by the team and, separately, by lived-experience partners.
 */
@Named
@ViewScoped
public class PrinciplesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient ParticipationAuditService audit;

    private String team;
    private long teamId;
    private String teamName;
    private String day;
    // Form values arrive as text, keyed "PRINCIPLE-SCORER".
    private final Map<String, String> scores = new HashMap<>();
    private final Map<String, String> who = new HashMap<>();
    private boolean loaded;

    public void load() throws IOException {
        if (loaded) {
            return;
        }
        try {
            teamId = Long.parseLong(team == null ? "" : team.trim());
            TeamSummary summary = audit.teamsInScope().stream().filter(t -> t.id() == teamId).findFirst()
                    .orElseThrow(() -> new RecordNotFoundException("Team", teamId));
            teamName = summary.name();
            LocalDate on = CouncilTime.today();
            day = on.toString();
            for (var s : audit.selfAssessment(teamId, on)) {
                scores.put(s.principle() + "-" + s.scoredBy(), String.valueOf(s.score()));
                who.put(s.scoredBy().name(), s.whoScored());
            }
            loaded = true;
        } catch (NumberFormatException | RecordNotFoundException notTheirs) {
            RecordPages.notFound();
        }
    }

    public String save() {
        List<PrincipleScoreDraft> drafts = new ArrayList<>();
        for (Principle p : Principle.values()) {
            for (ScoredBy by : ScoredBy.values()) {
                String value = scores.get(p + "-" + by);
                if (value != null && !value.isBlank()) {
                    drafts.add(new PrincipleScoreDraft(p, by, Integer.valueOf(value), who.get(by.name()), null));
                }
            }
        }
        try {
            audit.saveSelfAssessment(teamId, day == null || day.isBlank() ? null : LocalDate.parse(day), drafts);
            return FormMessages.doneThenShow("principles.saved", "/manager/principles", teamId);
        } catch (BusinessException refused) {
            Set<String> fields = new java.util.HashSet<>(Set.of("quarter", "score", "who-TEAM", "who-PARTNERS"));
            for (Principle p : Principle.values()) {
                for (ScoredBy by : ScoredBy.values()) {
                    fields.add("score-" + p + "-" + by);
                }
            }
            FormMessages.refused("scores", fields, refused);
            return null;
        } catch (java.time.format.DateTimeParseException notADay) {
            org.coplan.web.Messages.error("scores:quarter", org.coplan.web.Messages.text("principles.chooseDay"));
            return null;
        }
    }

    public List<Principle> getPrinciples() {
        return List.of(Principle.values());
    }

    public String getQuarter() {
        return day == null ? "" : Measures.quarterOf(LocalDate.parse(day));
    }

    public List<String> getScorers() {
        return List.of(ScoredBy.TEAM.name(), ScoredBy.PARTNERS.name());
    }

    public List<Integer> getChoices() {
        return List.of(1, 2, 3, 4, 5);
    }

    public Map<String, String> getScores() {
        return scores;
    }

    public Map<String, String> getWho() {
        return who;
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public String getTeamName() {
        return teamName;
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public long getTeamId() {
        return teamId;
    }

}
