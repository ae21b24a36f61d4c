package org.cooplog.publisher.importing;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * An uploaded file on its way into the log, as the status endpoint shows it. Each step returns a new instance.
 *
 * @param importId the SHA-256 of the file, in hex: the same file from the same caller is the same import, and
 *     {@code sha256sum} of the file finds its events, whose idempotency keys are {@code import:<importId>:<row>}
 * @param rowsChecked how many of {@code rowsTotal} rows have been checked so far
 * @param errors every problem of every row; any problem and nothing is published
 * @param activities once completed, the activity each row became
 * @param replayed whether the rows were found in the log from an earlier upload of the same file, so nothing new
 *     was written
 * @param reason why it failed, in Vietnamese; {@code reasonEn} in English
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record SpreadsheetImport(
        String importId,
        String track,
        String fileName,
        FileFormat format,
        Status status,
        int rowsTotal,
        int rowsChecked,
        List<RowProblem> errors,
        List<ImportedActivity> activities,
        Boolean replayed,
        String reason,
        String reasonEn,
        Instant receivedAt,
        Instant finishedAt) {

    /** Where an import stands. */
    enum Status {
        VALIDATING,
        REJECTED,
        PUBLISHING,
        COMPLETED,
        FAILED;

        boolean finished() {
            return this == REJECTED || this == COMPLETED || this == FAILED;
        }
    }

    /**
     * A row that became an activity, named by its title as people know it.
     *
     * @param titleEn its English title, when the row gave one
     */
    record ImportedActivity(int row, String activityId, int version, String title, String titleEn) {}

    SpreadsheetImport {
        errors = List.copyOf(errors);
        activities = List.copyOf(activities);
    }

    static SpreadsheetImport received(
            String importId, String track, String fileName, FileFormat format, int rows, Instant at) {
        return new SpreadsheetImport(
                importId,
                track,
                fileName,
                format,
                Status.VALIDATING,
                rows,
                0,
                List.of(),
                List.of(),
                null,
                null,
                null,
                at,
                null);
    }

    SpreadsheetImport checked(int rows) {
        return with(Status.VALIDATING, rows, errors, activities, null, null, null, null);
    }

    SpreadsheetImport rejected(List<RowProblem> problems, Instant at) {
        return with(Status.REJECTED, rowsTotal, problems, List.of(), null, null, null, at);
    }

    SpreadsheetImport publishing() {
        return with(Status.PUBLISHING, rowsTotal, List.of(), List.of(), null, null, null, null);
    }

    SpreadsheetImport completed(List<ImportedActivity> imported, boolean fromEarlierUpload, Instant at) {
        return with(Status.COMPLETED, rowsTotal, List.of(), imported, fromEarlierUpload, null, null, at);
    }

    SpreadsheetImport failed(String why, String whyEn, Instant at) {
        return with(Status.FAILED, rowsChecked, List.of(), List.of(), null, why, whyEn, at);
    }

    private SpreadsheetImport with(
            Status next,
            int checked,
            List<RowProblem> problems,
            List<ImportedActivity> imported,
            Boolean fromEarlierUpload,
            String why,
            String whyEn,
            Instant finished) {
        return new SpreadsheetImport(
                importId,
                track,
                fileName,
                format,
                next,
                rowsTotal,
                checked,
                problems,
                imported,
                fromEarlierUpload,
                why,
                whyEn,
                receivedAt,
                finished);
    }
}
