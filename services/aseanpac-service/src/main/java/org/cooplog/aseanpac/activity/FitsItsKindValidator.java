package org.cooplog.aseanpac.activity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.cooplog.aseanpac.activity.AseanPacActivityRequest.Details;
import org.cooplog.events.aseanpac.AseanPacActivityKind;
import org.cooplog.publisher.problem.ErrorCode;
import org.cooplog.publisher.validation.Violations;

/**
 * Reports a mismatch on {@code meetingNumber} or {@code relatedActivityId}, where the person has to fix it. Public
 * because the validation provider instantiates it reflectively.
 */
public final class FitsItsKindValidator implements ConstraintValidator<FitsItsKind, Details> {

    @Override
    public boolean isValid(Details details, ConstraintValidatorContext context) {
        if (details == null || details.kind() == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        boolean numbered = details.kind() == AseanPacActivityKind.PRINCIPALS_MEETING
                || details.kind() == AseanPacActivityKind.SECRETARIAT_MEETING;
        if (numbered && details.meetingNumber() == null) {
            valid = violation(
                    context,
                    "meetingNumber",
                    ErrorCode.REQUIRED,
                    "is required for a " + details.kind() + ": 17 for the 17th");
        }
        if (details.kind() != AseanPacActivityKind.SIDE_WORKSHOP && details.relatedActivityId() != null) {
            valid = violation(
                    context,
                    "relatedActivityId",
                    ErrorCode.UNKNOWN_FIELD,
                    "must be empty unless the kind is SIDE_WORKSHOP");
        }
        return valid;
    }

    private static boolean violation(
            ConstraintValidatorContext context, String property, ErrorCode code, String message) {
        Violations.report(context, property, code, message);
        return false;
    }
}
