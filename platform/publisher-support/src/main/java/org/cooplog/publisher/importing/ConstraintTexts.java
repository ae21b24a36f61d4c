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
import org.cooplog.publisher.validation.CountryCode;
import org.cooplog.publisher.validation.EndNotBeforeStart;
import org.cooplog.publisher.validation.PlausibleDate;

/**
 * A broken rule said in Vietnamese for the desk, next to the validator's own English message. Rules a track adds
 * itself keep their English message in both.
 */
final class ConstraintTexts {

    private ConstraintTexts() {}

    static String vietnamese(ConstraintViolation<?> violation) {
        Annotation rule = violation.getConstraintDescriptor().getAnnotation();
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
        if (rule instanceof CountryCode) {
            return "phải là mã quốc gia ISO 3166-1 gồm hai chữ cái in hoa, ví dụ FR hoặc KR";
        }
        if (rule instanceof PlausibleDate) {
            return "ngày không hợp lý: " + violation.getMessage();
        }
        if (rule instanceof EndNotBeforeStart) {
            return "không được trước ngày bắt đầu";
        }
        return violation.getMessage();
    }
}
