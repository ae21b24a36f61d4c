package org.cooplog.model;

/** Where an activity stands. Rescheduling and changing modality keep an activity PLANNED, with new plans. */
public enum ActivityStatus {
    PLANNED,
    POSTPONED,
    HELD,
    CANCELLED,
    /** Logged in error: it stays in the log and leaves every report. */
    RETRACTED;

    /** Whether it may still move to new dates or a new modality, be held, postponed or cancelled. */
    public boolean isOpen() {
        return this == PLANNED || this == POSTPONED;
    }
}
