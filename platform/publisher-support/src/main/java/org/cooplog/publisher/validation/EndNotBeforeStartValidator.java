package org.cooplog.publisher.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Reports a violation on the {@code ends} property, where the person has to fix it. */
public final class EndNotBeforeStartValidator implements ConstraintValidator<EndNotBeforeStart, DatedRange> {

    @Override
    public boolean isValid(DatedRange range, ConstraintValidatorContext context) {
        if (range == null || range.starts() == null || range.ends() == null) {
            return true;
        }
        if (!range.ends().lastDay().isBefore(range.starts().firstDay())) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("ends")
                .addConstraintViolation();
        return false;
    }
}
