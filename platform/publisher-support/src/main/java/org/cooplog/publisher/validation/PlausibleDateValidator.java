package org.cooplog.publisher.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.cooplog.publisher.problem.ErrorCode;
import org.cooplog.publisher.request.PartialDateValue;

/**
 * Checks {@link PlausibleDate} against today in Viet Nam, by the validator's clock, and reports the first and the
 * last day it accepts with a refusal.
 */
public final class PlausibleDateValidator implements ConstraintValidator<PlausibleDate, PartialDateValue> {

    private static final ZoneId VIET_NAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final LocalDate EARLIEST = LocalDate.of(PlausibleDate.EARLIEST_YEAR, 1, 1);

    private boolean past;

    @Override
    public void initialize(PlausibleDate rule) {
        past = rule.past();
    }

    @Override
    public boolean isValid(PartialDateValue date, ConstraintValidatorContext context) {
        if (date == null) {
            return true;
        }
        LocalDate today = LocalDate.now(context.getClockProvider().getClock().withZone(VIET_NAM));
        String refusal;
        if (date.lastDay().isBefore(EARLIEST)) {
            refusal = "must not be before " + PlausibleDate.EARLIEST_YEAR + ": the log starts with the department's"
                    + " first records";
        } else if (past && date.firstDay().isAfter(today)) {
            refusal = "must not be after today (" + today + " in Viet Nam): this has already happened";
        } else if (date.firstDay().getYear() > today.getYear() + PlausibleDate.YEARS_AHEAD) {
            refusal = "must not be after " + (today.getYear() + PlausibleDate.YEARS_AHEAD) + ": plans reach at most "
                    + PlausibleDate.YEARS_AHEAD + " years ahead";
        } else {
            return true;
        }
        LocalDate latest = past ? today : LocalDate.of(today.getYear() + PlausibleDate.YEARS_AHEAD, 12, 31);
        context.disableDefaultConstraintViolation();
        Violations.report(
                context,
                null,
                refusal,
                new Violations.Detail(
                        ErrorCode.IMPLAUSIBLE_DATE, List.of(EARLIEST.toString(), latest.toString()), null));
        return false;
    }
}
