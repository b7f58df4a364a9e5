package org.coplan.retention;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import org.coplan.people.Person;
import org.coplan.shared.ServiceArea;

/**
 * When a person's case record is due for deletion or anonymisation. No container, no database:
 * the facts and the rules in, the answer out.
 *
 * <ul>
 *   <li>A record is never due while the person has an open plan, nor when no plan of theirs has
 *       closed: the clock starts when the council stops working with them.</li>
 *   <li>Which rule applies: looked after as a child first; then a child's record (a children's
 *       services team, or under 18 on the day the last plan closed); otherwise an adult's.</li>
 *   <li>A rule on {@link Basis#PLAN_CLOSED} keeps the record that many years after the last plan
 *       closed; a rule on {@link Basis#BIRTHDAY} keeps it until that birthday, and never less
 *       than until the plan closed.</li>
 *   <li>Anniversaries of 29 February fall on 1 March in other years (as the Age of Legal Capacity
 *       (Scotland) Act 1991, s.6, has it): a day late rather than a day early.</li>
 * </ul>
 */
public final class RetentionRules {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private RetentionRules() {
    }

    /** The rule a record falls under. */
    public static RecordType recordTypeOf(CaseFacts facts) {
        if (facts.lookedAfter()) {
            return RecordType.LOOKED_AFTER_CHILD;
        }
        boolean childWhenClosed = facts.lastClosedOn() != null && !facts.lastClosedOn().isBefore(facts.dateOfBirth())
                && Person.ageOn(facts.dateOfBirth(), facts.lastClosedOn()) < Person.ADULT_AGE;
        return facts.serviceArea() == ServiceArea.CHILDREN || childWhenClosed ? RecordType.CHILD : RecordType.ADULT;
    }

    /** The day the record becomes due under the rule, or empty while it cannot be due at all (an open plan, no plan closed). */
    public static Optional<LocalDate> dueOn(CaseFacts facts, RuleTerms rule) {
        if (facts.openPlans() > 0 || facts.lastClosedOn() == null) {
            return Optional.empty();
        }
        LocalDate closed = facts.lastClosedOn();
        LocalDate due = switch (rule.basis()) {
            case PLAN_CLOSED -> anniversary(closed, rule.years());
            case BIRTHDAY -> latest(anniversary(facts.dateOfBirth(), rule.years()), closed);
        };
        return Optional.of(due);
    }

    /**
     * The record as due on the day given, or empty when it is not due (yet). A held record is
     * still returned, marked held, so that a dry run can say it would be due but for the hold.
     */
    public static Optional<Due> assess(CaseFacts facts, Map<RecordType, RuleTerms> rules, LocalDate today) {
        RecordType type = recordTypeOf(facts);
        RuleTerms rule = rules.get(type);
        if (rule == null) {
            return Optional.empty();
        }
        return dueOn(facts, rule).filter(due -> !due.isAfter(today))
                .map(due -> new Due(facts.personId(), facts.reference(), type, due, why(type, rule, facts, due), rule.action(),
                        facts.held()));
    }

    /** The same day and month, years later; 29 February becomes 1 March in a year that has none. */
    public static LocalDate anniversary(LocalDate day, int years) {
        LocalDate plain = day.plusYears(years);
        if (day.getMonth() == Month.FEBRUARY && day.getDayOfMonth() == 29 && plain.getDayOfMonth() == 28) {
            return plain.plusDays(1);
        }
        return plain;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static String why(RecordType type, RuleTerms rule, CaseFacts facts, LocalDate due) {
        String kind = switch (type) {
            case ADULT -> "Adult's record";
            case CHILD -> "Child's record";
            case LOOKED_AFTER_CHILD -> "Looked-after child's record";
        };
        String closed = "last plan closed " + DAY.format(facts.lastClosedOn());
        return switch (rule.basis()) {
            case PLAN_CLOSED -> kind + ": " + closed + "; kept " + rule.years() + " years after that, until " + DAY.format(due) + ".";
            case BIRTHDAY -> kind + ": " + closed + "; kept until the " + ordinal(rule.years()) + " birthday.";
        };
    }

    static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
