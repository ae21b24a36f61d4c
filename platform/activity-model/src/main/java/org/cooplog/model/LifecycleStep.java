package org.cooplog.model;

import java.util.Arrays;
import java.util.List;

/**
 * A step a person can take on an activity after planning it, and from which statuses it can be taken. The fold
 * refuses a step by these rules and a page offers only the steps they allow, so the two cannot disagree.
 */
public enum LifecycleStep {
    RESCHEDULE("rescheduled"),
    CHANGE_MODALITY("moved to another modality"),
    HOLD("recorded as held"),
    POSTPONE("postponed"),
    CANCEL("cancelled"),
    RETRACT("retracted"),
    CORRECT("corrected");

    private final String done;

    LifecycleStep(String done) {
        this.done = done;
    }

    /**
     * Whether an activity of this status can take the step. A postponed activity is rescheduled to new dates rather
     * than postponed again; nothing follows a retraction.
     */
    public boolean allowedWhen(ActivityStatus status) {
        return switch (this) {
            case RESCHEDULE, CHANGE_MODALITY, HOLD, CANCEL -> status.isOpen();
            case POSTPONE -> status == ActivityStatus.PLANNED;
            case RETRACT, CORRECT -> status != ActivityStatus.RETRACTED;
        };
    }

    /** The steps an activity of this status can take, in this enum's order. */
    public static List<LifecycleStep> allowedFor(ActivityStatus status) {
        return Arrays.stream(values()).filter(step -> step.allowedWhen(status)).toList();
    }

    /** How the fold's refusal names the step: "it cannot be postponed". */
    String done() {
        return done;
    }
}
