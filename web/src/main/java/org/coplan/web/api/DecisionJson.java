package org.coplan.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.coplan.participation.DecisionDraft;
import org.coplan.participation.DecisionParty;
import org.coplan.participation.DecisionRule;
import org.coplan.participation.RaterStanding;
import org.coplan.participation.RatingDraft;
import org.coplan.participation.Standing;
import org.coplan.shared.FieldProblem;
import org.coplan.shared.InvalidInputException;

/**
 * The JSON a client sends to record a decision or a rating. Codes and dates arrive as text, so
 * that a bad one is reported against its own field rather than as an unreadable body.
 */
public final class DecisionJson {

    private DecisionJson() {
    }

    /** Someone named with their standing: PERSON, FAMILY_CARER, PRACTITIONER, MANAGER, PANEL, PARTNER_GROUP, COMMISSIONER. */
    public static class PartyInput {
        public String name;
        public String standing;
    }

    /** A decision to record. Dates are ISO (2026-11-28). rungId is optional: without it the suggested rung is used. */
    public static class DecisionInput {
        public String question;
        public List<String> options;
        public String outcome;
        public PartyInput proposedBy;
        public List<PartyInput> participants;
        public List<PartyInput> deciders;
        public String rule;
        public Long rungId;
        public String rungReason;
        public Boolean inputChangedOutcome;
        public String youSaid;
        public String weDid;
        public String decidedOn;
        public String fedBackOn;

        DecisionDraft toDraft() {
            List<FieldProblem> problems = new ArrayList<>();
            DecisionRule parsedRule = code(DecisionRule.class, rule, "rule", problems);
            DecisionParty proposer = proposedBy == null ? null : party(proposedBy, "proposedBy", problems);
            List<DecisionParty> parties = parties(participants, "participants", problems);
            List<DecisionParty> decided = parties(deciders, "deciders", problems);
            LocalDate decided0n = date(decidedOn, "decidedOn", problems);
            LocalDate fedBack = date(fedBackOn, "fedBackOn", problems);
            InvalidInputException.throwIfAny(problems);
            return new DecisionDraft(question, options, outcome, proposer, parties, decided, parsedRule, rungId,
                    rungReason, Boolean.TRUE.equals(inputChangedOutcome), youSaid, weDid, decided0n, fedBack);
        }
    }

    /** A lived-experience rating. standing (PERSON or FAMILY_MEMBER) and raterName only when staff record what someone told them. */
    public static class RatingInput {
        public Long rungId;
        public String comment;
        public String standing;
        public String raterName;

        RatingDraft toDraft() {
            List<FieldProblem> problems = new ArrayList<>();
            RaterStanding parsed = code(RaterStanding.class, standing, "standing", problems);
            InvalidInputException.throwIfAny(problems);
            return new RatingDraft(rungId, comment, parsed, raterName);
        }
    }

    private static List<DecisionParty> parties(List<PartyInput> input, String field, List<FieldProblem> problems) {
        List<DecisionParty> parties = new ArrayList<>();
        if (input != null) {
            for (PartyInput p : input) {
                DecisionParty party = p == null ? null : party(p, field, problems);
                if (party != null) {
                    parties.add(party);
                }
            }
        }
        return parties;
    }

    private static DecisionParty party(PartyInput p, String field, List<FieldProblem> problems) {
        Standing standing = code(Standing.class, p.standing, field, problems);
        if (standing == null) {
            if (p.standing == null) {
                problems.add(new FieldProblem(field, "Give a standing for " + (p.name == null ? "everyone" : p.name) + "."));
            }
            return null;
        }
        return new DecisionParty(p.name == null ? "" : p.name, standing);
    }

    private static <E extends Enum<E>> E code(Class<E> type, String value, String field, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException unknown) {
            problems.add(new FieldProblem(field, "'" + value + "' is not one of: " + java.util.Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }

    private static LocalDate date(String value, String field, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException bad) {
            problems.add(new FieldProblem(field, "Give the date as year-month-day, like 2026-11-28."));
            return null;
        }
    }
}
