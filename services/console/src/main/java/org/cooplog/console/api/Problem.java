package org.cooplog.console.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An API's refusal as RFC 9457 problem details, with its field errors by the field's path in the request body
 * ({@code plan.title}), which is also the name of the form's input, so a page can show each next to its field.
 *
 * @param activityStatus where the activity stands, when a step was refused because it cannot be taken from there
 */
public record Problem(
        int status,
        String type,
        String title,
        String detail,
        Map<String, String> fieldErrors,
        Integer currentVersion,
        String activityStatus) {

    private static final String NO_CHANGE = "urn:cooplog:problem:no-change";
    private static final String NOT_ALLOWED_NOW = "urn:cooplog:problem:not-allowed-now";
    private static final String INVALID_CORRECTION = "urn:cooplog:problem:invalid-correction";

    public Problem(
            int status,
            String type,
            String title,
            String detail,
            Map<String, String> fieldErrors,
            Integer currentVersion) {
        this(status, type, title, detail, fieldErrors, currentVersion, null);
    }

    @SuppressWarnings("unchecked")
    static Problem of(int status, Map<String, Object> body) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (body.get("errors") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> error) {
                    Map<String, Object> e = (Map<String, Object>) error;
                    String field = String.valueOf(e.get("field"));
                    String message = String.valueOf(e.get("message"));
                    if (e.get("allowed") instanceof List<?> allowed && !allowed.isEmpty()) {
                        message += " ("
                                + String.join(
                                        ", ",
                                        allowed.stream().map(String::valueOf).toList()) + ")";
                    }
                    errors.merge(field, message, (a, b) -> a + "; " + b);
                }
            }
        }
        Integer current = body.get("currentVersion") instanceof Number n ? n.intValue() : null;
        return new Problem(
                status,
                body.get("type") == null ? null : String.valueOf(body.get("type")),
                body.get("title") == null ? null : String.valueOf(body.get("title")),
                body.get("detail") == null ? null : String.valueOf(body.get("detail")),
                errors,
                current,
                body.get("activityStatus") instanceof String activityStatus ? activityStatus : null);
    }

    /** The errors that name no field of the form, to be shown above it. */
    public List<String> errorsOutside(java.util.Collection<String> fields) {
        List<String> outside = new ArrayList<>();
        fieldErrors.forEach((field, message) -> {
            if (!fields.contains(field)) {
                outside.add(field + ": " + message);
            }
        });
        return outside;
    }

    /** 422 for a step that would leave the activity as it is: nothing was recorded, and nothing needs to be. */
    public boolean isNoChange() {
        return status == 422 && NO_CHANGE.equals(type);
    }

    /**
     * 412, or a 409 other than a step the activity cannot take: someone else changed the activity first.
     */
    public boolean isConflict() {
        return status == 412 || (status == 409 && !isNotAllowedNow());
    }

    /** 409 for a step the activity cannot take from where it stands: no one else is involved, and sending again fails. */
    public boolean isNotAllowedNow() {
        return status == 409 && NOT_ALLOWED_NOW.equals(type);
    }

    /** 400 for a correction whose value does not fit the field it names. */
    public boolean isInvalidCorrection() {
        return INVALID_CORRECTION.equals(type);
    }
}
