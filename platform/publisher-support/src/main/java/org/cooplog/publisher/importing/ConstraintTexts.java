package org.cooplog.publisher.importing;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.cooplog.publisher.validation.CountryCode;
import org.cooplog.publisher.validation.EndNotBeforeStart;
import org.cooplog.publisher.validation.PlausibleDate;

/**
 * A broken rule said in the desk's words: in Vietnamese from the rule itself, in English the validator's message.
 * Rules whose message speaks of codes or standards, and the rules a track adds itself, say what they mean from
 * {@code rule.<Annotation>} in the import's words, so no Vietnamese problem is an English sentence.
 */
final class ConstraintTexts {

    private ConstraintTexts() {}

    static String of(ConstraintViolation<?> violation, Language language) {
        Annotation rule = violation.getConstraintDescriptor().getAnnotation();
        String name = rule.annotationType().getSimpleName();
        if (rule instanceof CountryCode || rule instanceof PlausibleDate) {
            return ImportWords.text(
                    language,
                    "rule." + name,
                    String.valueOf(PlausibleDate.EARLIEST_YEAR),
                    String.valueOf(PlausibleDate.YEARS_AHEAD));
        }
        if (language == Language.EN) {
            return violation.getMessage();
        }
        return vietnamese(violation, rule)
                .orElseGet(() -> ImportWords.find(Language.VI, "rule." + name)
                        .orElseGet(() -> ImportWords.text(Language.VI, "rule.other")));
    }

    private static Optional<String> vietnamese(ConstraintViolation<?> violation, Annotation rule) {
        return Optional.ofNullable(standard(violation, rule));
    }

    private static String standard(ConstraintViolation<?> violation, Annotation rule) {
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        Object value = violation.getInvalidValue();
        if (rule instanceof NotNull || rule instanceof NotBlank || rule instanceof NotEmpty) {
            return "bắt buộc, không được để trống";
        }
        if (rule instanceof Size size) {
            String unit = value instanceof Collection<?> ? " mục" : " ký tự";
            return size.min() == 0
                    ? "tối đa " + size.max() + unit
                    : "phải có từ " + size.min() + " đến " + size.max() + unit;
        }
        if (rule instanceof Min || rule instanceof DecimalMin) {
            return "không được nhỏ hơn " + attributes.get("value");
        }
        if (rule instanceof Max || rule instanceof DecimalMax) {
            return "không được lớn hơn " + attributes.get("value");
        }
        if (rule instanceof Positive) {
            return "phải lớn hơn 0";
        }
        if (rule instanceof PositiveOrZero) {
            return "không được là số âm";
        }
        if (rule instanceof EndNotBeforeStart) {
            return "không được trước ngày bắt đầu";
        }
        return null;
    }
}
