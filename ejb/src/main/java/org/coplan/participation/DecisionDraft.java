package org.coplan.participation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.coplan.shared.FieldProblem;

/**
 * A decision as a recorder enters it, before the ledger accepts it. {@link #problems} lists
 * everything wrong at once, each against its field, in plain words.
 */
public record DecisionDraft(String question, List<String> options, String outcome, DecisionParty proposedBy,
                            List<DecisionParty> participants, List<DecisionParty> deciders, DecisionRule rule,
                            Long rungId, String rungReason, boolean inputChangedOutcome, String youSaid, String weDid,
                            LocalDate decidedOn, LocalDate fedBackOn) {

    public DecisionDraft {
        options = options == null ? List.of() : options.stream().filter(o -> o != null && !o.isBlank()).map(String::trim).toList();
        participants = participants == null ? List.of() : List.copyOf(participants);
        deciders = deciders == null ? List.of() : List.copyOf(deciders);
    }

    public List<FieldProblem> problems(LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        required(problems, "question", question, 2000, "Write the question that was decided.");
        required(problems, "outcome", outcome, 4000, "Write what was decided.");
        if (options.isEmpty()) {
            problems.add(new FieldProblem("options", "List at least one option that was considered."));
        } else if (options.size() > 20 || options.stream().anyMatch(o -> o.length() > 1000)) {
            problems.add(new FieldProblem("options", "List up to 20 options, each up to 1,000 characters."));
        }
        if (proposedBy == null || proposedBy.name().isBlank()) {
            problems.add(new FieldProblem("proposedBy", "Say who proposed this, and their standing."));
        }
        if (deciders.isEmpty() || deciders.stream().anyMatch(d -> d.name().isBlank())) {
            problems.add(new FieldProblem("deciders", "Name who decided, each with their standing."));
        } else if (rule != null) {
            ruleMatchesDeciders(problems);
        }
        if (participants.stream().anyMatch(p -> p.name().isBlank())) {
            problems.add(new FieldProblem("participants", "Give a name for everyone who took part."));
        }
        if (rule == null) {
            problems.add(new FieldProblem("rule", "Choose how the decision was taken."));
        }
        if (inputChangedOutcome) {
            required(problems, "youSaid", youSaid, 4000, "Write what the person or partners said.");
            required(problems, "weDid", weDid, 4000, "Write what was done because of it.");
        }
        if (decidedOn == null) {
            problems.add(new FieldProblem("decidedOn", "Give the date it was decided."));
        } else if (decidedOn.isAfter(today)) {
            problems.add(new FieldProblem("decidedOn", "The date decided cannot be in the future."));
        }
        if (fedBackOn != null && (fedBackOn.isAfter(today) || (decidedOn != null && fedBackOn.isBefore(decidedOn)))) {
            problems.add(new FieldProblem("fedBackOn", "The date fed back must be between the date decided and today."));
        }
        if (rungReason != null && rungReason.length() > 2000) {
            problems.add(new FieldProblem("rungReason", "Keep the reason to 2,000 characters."));
        }
        return problems;
    }

    private void ruleMatchesDeciders(List<FieldProblem> problems) {
        boolean livedExperience = deciders.stream().anyMatch(d -> d.standing().livedExperience());
        boolean professional = deciders.stream().anyMatch(d -> !d.standing().livedExperience());
        switch (rule) {
            case PERSON_DECIDED -> {
                if (!livedExperience) {
                    problems.add(new FieldProblem("deciders",
                            "The person decided, so name the person (or their family or partner group) among those who decided."));
                }
            }
            case DECIDED_JOINTLY -> {
                if (!livedExperience || !professional) {
                    problems.add(new FieldProblem("deciders",
                            "Decided jointly means both the person (or family or partners) and staff are among those who decided."));
                }
            }
            case PROFESSIONAL_AFTER_CONSULTING, PROFESSIONAL_INFORMED, DECIDED_ELSEWHERE -> {
                if (!professional) {
                    problems.add(new FieldProblem("deciders",
                            "This rule means a professional, panel or budget holder decided: name them among those who decided."));
                }
            }
            default -> throw new IllegalStateException("Unknown rule " + rule);
        }
    }

    private static void required(List<FieldProblem> problems, String field, String value, int max, String message) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, message));
        } else if (value.length() > max) {
            problems.add(new FieldProblem(field, "Keep this to " + String.format("%,d", max) + " characters."));
        }
    }

    static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
