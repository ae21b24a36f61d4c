package org.cooplog.reporting.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.cooplog.model.Activity;
import org.cooplog.model.ActivityStatus;
import org.cooplog.reporting.content.ReportContent.Totals;

/**
 * The period's numbers, each one a statement the signer makes: a planned activity whose dates have passed is not
 * "planned", and people nobody counted are not zero people.
 */
final class Figures {

    private Figures() {}

    /**
     * @param placed the activities counted in the period
     * @param reportDay the report's date, against which planned activities are due
     * @param unplaced how many activities of the period's span could not be placed in it
     */
    static Totals of(List<Activity> placed, LocalDate reportDay, long unplaced) {
        Predicate<Activity> awaiting = a -> ActivityFacts.awaitingOutcome(a, reportDay);
        Predicate<Activity> held = a -> a.status() == ActivityStatus.HELD;
        List<Integer> counted = placed.stream()
                .filter(held)
                .map(ActivityFacts::participants)
                .filter(Objects::nonNull)
                .toList();
        long heldCount = count(placed, held);
        return new Totals(
                placed.size(),
                heldCount,
                count(placed, awaiting.negate().and(a -> a.status() == ActivityStatus.PLANNED)),
                count(placed, awaiting),
                count(placed, a -> a.status() == ActivityStatus.POSTPONED),
                count(placed, a -> a.status() == ActivityStatus.CANCELLED),
                count(placed, Activity::movedOnline),
                count(placed, Activity::rescheduled),
                counted.isEmpty()
                        ? null
                        : counted.stream().mapToLong(Integer::longValue).sum(),
                heldCount - counted.size(),
                unplaced);
    }

    private static long count(List<Activity> activities, Predicate<Activity> which) {
        return activities.stream().filter(which).count();
    }
}
