package org.cooplog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.avro.specific.SpecificRecord;
import org.cooplog.events.activity.ActivityCancelled;
import org.cooplog.events.activity.ActivityCorrected;
import org.cooplog.events.activity.ActivityHeld;
import org.cooplog.events.activity.ActivityModalityChanged;
import org.cooplog.events.activity.ActivityPostponed;
import org.cooplog.events.activity.ActivityRescheduled;
import org.cooplog.events.activity.ActivityRetracted;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.common.Modality;
import org.cooplog.model.RejectedEvent.Reason;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Which steps an activity can take from each status: what a page offers, and what the fold accepts. */
class LifecycleStepTests {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "PLANNED   | RESCHEDULE CHANGE_MODALITY HOLD POSTPONE CANCEL RETRACT CORRECT",
                "POSTPONED | RESCHEDULE CHANGE_MODALITY HOLD CANCEL RETRACT CORRECT",
                "HELD      | RETRACT CORRECT",
                "CANCELLED | RETRACT CORRECT",
                "RETRACTED | ''"
            })
    void theStepsAnActivityCanTakeFollowItsStatus(ActivityStatus status, String steps) {
        List<LifecycleStep> expected = steps.isBlank()
                ? List.of()
                : Arrays.stream(steps.split(" ")).map(LifecycleStep::valueOf).toList();

        assertThat(LifecycleStep.allowedFor(status)).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @EnumSource(ActivityStatus.class)
    void theFoldAcceptsExactlyTheStepsTheStatusAllows(ActivityStatus status) {
        for (LifecycleStep step : LifecycleStep.values()) {
            Chain chain = activityThatIs(status);
            SpecificRecord event = chain.next(eventOf(step));

            RejectedEvent refused =
                    catchThrowableOfType(RejectedEvent.class, () -> ActivityFold.apply(chain.activity(), event));

            if (step.allowedWhen(status)) {
                assertThat(refused).as("%s from %s", step, status).isNull();
            } else {
                assertThat(refused).as("%s from %s", step, status).isNotNull();
                assertThat(refused.reason()).isEqualTo(Reason.NOT_ALLOWED_NOW);
            }
        }
    }

    private static Chain activityThatIs(ActivityStatus status) {
        Chain chain = Chain.plannedWorkshop();
        return switch (status) {
            case PLANNED -> chain;
            case POSTPONED -> chain.then(eventOf(LifecycleStep.POSTPONE));
            case HELD -> chain.then(eventOf(LifecycleStep.HOLD));
            case CANCELLED -> chain.then(eventOf(LifecycleStep.CANCEL));
            case RETRACTED -> chain.then(eventOf(LifecycleStep.RETRACT));
        };
    }

    private static Function<EventEnvelope, SpecificRecord> eventOf(LifecycleStep step) {
        return switch (step) {
            case RESCHEDULE -> e -> new ActivityRescheduled(e, PartialDates.parse("2021-04-01"), null, null);
            case CHANGE_MODALITY -> e -> new ActivityModalityChanged(e, Modality.ONLINE, null, "Covid-19");
            case HOLD ->
                e -> ActivityHeld.newBuilder()
                        .setEnvelope(e)
                        .setStarts(PartialDates.parse("2021-03-17"))
                        .setModality(Modality.IN_PERSON)
                        .build();
            case POSTPONE -> e -> new ActivityPostponed(e, "Covid-19", PartialDates.parse("2021-09"));
            case CANCEL -> e -> new ActivityCancelled(e, "Đối tác rút");
            case RETRACT -> e -> new ActivityRetracted(e, "Ghi nhầm");
            case CORRECT ->
                e -> new ActivityCorrected(
                        e, "plan.title", "\"Hội thảo với AFA\"", "\"Hội thảo tập huấn với AFA\"", "lỗi chính tả");
        };
    }
}
