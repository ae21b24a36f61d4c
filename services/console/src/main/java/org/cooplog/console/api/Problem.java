package org.cooplog.console.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An API's refusal as RFC 9457 problem details, with its field errors by the field's path in the request body
 * ({@code plan.title}), which is also the name of the form's input, so a page can show each next to its field.
 *
 * @param errors every field the API refused, with the code pages translate; {@code fieldErrors} has the same by
 *     field, in the API's English, for logs and pages that only name the fields
 * @param activityStatus where the activity stands, when a step was refused because it cannot be taken from there
 */
public record Problem(
        int status,
        String type,
        String title,
        String detail,
        Map<String, String> fieldErrors,
        Integer currentVersion,
        List<FieldError> errors,
        String activityStatus) {

    private static final String NO_CHANGE = "urn:cooplog:problem:no-change";
    private static final String NOT_ALLOWED_NOW = "urn:cooplog:problem:not-allowed-now";
    private static final String INVALID_CORRECTION = "urn:cooplog:problem:invalid-correction";

    /**
     * One refused field as the APIs describe it.
     *
     * @param code what is wrong, one of the API's codes ({@code required}, {@code date}, {@code tooLong}, …), or
     *     null from an API that gives only a message
     * @param allowed the values the field may take, when the code is {@code oneOf}
     * @param limit the bound the value crossed, for {@code tooLong}, {@code tooLarge}, {@code tooSmall} and
     *     {@code tooMany}
     */
    public record FieldError(String field, String code, String message, List<String> allowed, Number limit) {}

    public Problem(
            int status,
            String type,
            String title,
            String detail,
            Map<String, String> fieldErrors,
            Integer currentVersion) {
        this(status, type, title, detail, fieldErrors, currentVersion, List.of(), null);
    }

    @SuppressWarnings("unchecked")
    static Problem of(int status, Map<String, Object> body) {
        Map<String, String> messages = new LinkedHashMap<>();
        List<FieldError> errors = new ArrayList<>();
        if (body.get("errors") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> error) {
                    FieldError e = fieldError((Map<String, Object>) error);
                    errors.add(e);
                    String message = e.allowed().isEmpty()
                            ? e.message()
                            : e.message() + " (" + String.join(", ", e.allowed()) + ")";
                    messages.merge(e.field(), message, (a, b) -> a + "; " + b);
                }
            }
        }
        Integer current = body.get("currentVersion") instanceof Number n ? n.intValue() : null;
        return new Problem(
                status,
                text(body.get("type")),
                text(body.get("title")),
                text(body.get("detail")),
                messages,
                current,
                List.copyOf(errors),
                body.get("activityStatus") instanceof String activityStatus ? activityStatus : null);
    }

    private static FieldError fieldError(Map<String, Object> error) {
        List<String> allowed = error.get("allowed") instanceof List<?> values
                ? values.stream().map(String::valueOf).toList()
                : List.of();
        return new FieldError(
                String.valueOf(error.get("field")),
                text(error.get("code")),
                String.valueOf(error.get("message")),
                allowed,
                error.get("limit") instanceof Number limit ? limit : null);
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    /** The errors that name no field of the form, to be shown above it. */
    public List<String> errorsOutside(Collection<String> fields) {
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
