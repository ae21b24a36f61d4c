package org.cooplog.uncac.activity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.cooplog.events.uncac.UncacActivityKind;
import org.cooplog.publisher.problem.ErrorCode;
import org.cooplog.publisher.validation.Violations;
import org.cooplog.uncac.activity.UncacActivityRequest.Details;

/**
 * Reports a mismatch on {@code review} or {@code session}, where the person has to fix it. Public because the
 * validation provider instantiates it reflectively.
 */
public final class FitsItsKindValidator implements ConstraintValidator<FitsItsKind, Details> {

    @Override
    public boolean isValid(Details details, ConstraintValidatorContext context) {
        if (details == null || details.kind() == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean review = details.kind() == UncacActivityKind.COUNTRY_REVIEW;
        boolean valid = true;
        if (review && details.review() == null) {
            valid = violation(
                    context,
                    "review",
                    ErrorCode.REQUIRED,
                    "is required for a COUNTRY_REVIEW: give the cycle, the role and the phase");
        }
        if (!review && details.review() != null) {
            valid = violation(
                    context, "review", ErrorCode.UNKNOWN_FIELD, "must be empty unless the kind is COUNTRY_REVIEW");
        }
        if (details.kind() == UncacActivityKind.BODY_SESSION && details.session() == null) {
            valid = violation(context, "session", ErrorCode.REQUIRED, "is required for a BODY_SESSION: name the body");
        }
        if (review && details.session() != null) {
            valid = violation(context, "session", ErrorCode.UNKNOWN_FIELD, "must be empty for a COUNTRY_REVIEW");
        }
        return valid;
    }

    private static boolean violation(
            ConstraintValidatorContext context, String property, ErrorCode code, String message) {
        Violations.report(context, property, code, message);
        return false;
    }
}
