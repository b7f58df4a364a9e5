package org.coplan.codesign;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a project gave back for people's time: hours given, money paid and owed, the median days
 * from claim to payment, and the unpaid contributors who have not been paid for all they claimed
 * (or never claimed at all for the hours they gave).
 *
 * @param unpaidContributorsWaiting names of unpaid contributors with hours not yet paid
 */
public record PaymentSummary(long minutesGiven, long pencePaid, long penceOwed, OptionalDouble medianDaysToPay,
                             List<String> unpaidContributorsWaiting) {

    public boolean everyUnpaidContributorPaid() {
        return unpaidContributorsWaiting.isEmpty();
    }

    public static PaymentSummary of(Collection<Contribution> contributions, Set<Long> unpaidContributors,
                                    Map<Long, String> names) {
        long minutes = contributions.stream().mapToLong(Contribution::minutes).sum();
        long paid = contributions.stream().filter(c -> c.paidOn() != null).mapToLong(c -> c.amountPence()).sum();
        long owed = contributions.stream().filter(c -> c.paidFor() && c.paidOn() == null).mapToLong(c -> c.amountPence()).sum();
        List<Long> days = contributions.stream().map(Contribution::daysToPay).filter(d -> d.isPresent())
                .map(d -> d.getAsLong()).sorted().toList();
        OptionalDouble median = days.isEmpty() ? OptionalDouble.empty()
                : OptionalDouble.of(days.size() % 2 == 1 ? days.get(days.size() / 2)
                        : (days.get(days.size() / 2 - 1) + days.get(days.size() / 2)) / 2.0);
        Set<Long> waiting = contributions.stream()
                .filter(c -> unpaidContributors.contains(c.memberUserId()) && (!c.paidFor() || c.paidOn() == null))
                .map(Contribution::memberUserId).collect(Collectors.toSet());
        List<String> names2 = waiting.stream().map(id -> names.getOrDefault(id, "member " + id)).sorted().toList();
        return new PaymentSummary(minutes, paid, owed, median, names2);
    }
}
