package org.cooplog.uncac.activity;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.cooplog.publisher.problem.ErrorCode;
import org.cooplog.publisher.validation.Violations;
import org.cooplog.uncac.activity.UncacActivityRequest.Review;

/**
 * Reports a chapter the cycle does not cover (or a misspelt one) on {@code chapters} and Viet Nam as its own counterpart on {@code counterpartCountry}.
 * Public because the validation provider instantiates it reflectively.
 */
public final class ReviewOfTheCycleValidator implements ConstraintValidator<ReviewOfTheCycle, Review> {

    /** Chapters of the Convention each review cycle of the Implementation Review Mechanism covers. */
    private static final Map<Integer, List<String>> CHAPTERS = Map.of(1, List.of("III", "IV"), 2, List.of("II", "V"));

    @Override
    public boolean isValid(Review review, ConstraintValidatorContext context) {
        if (review == null) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        boolean valid = true;
        List<String> covered = CHAPTERS.get(review.cycle());
        if (covered != null && review.chapters() != null) {
            List<String> chapters = review.chapters();
            if (!covered.containsAll(chapters.stream().filter(c -> c != null).toList())) {
                valid = violation(
                        context,
                        "chapters",
                        covered,
                        "must be chapters cycle " + review.cycle() + " reviews, in Roman numerals: "
                                + String.join(", ", covered));
            } else if (new HashSet<>(chapters).size() < chapters.size()) {
                valid = violation(context, "chapters", covered, "must name each chapter once");
            }
        }
        if ("VN".equals(review.counterpartCountry())) {
            valid = violation(context, "counterpartCountry", List.of(), "must be another State than Viet Nam");
        }
        return valid;
    }

    /** A value not among those the review allows, with them when they can be listed. */
    private static boolean violation(
            ConstraintValidatorContext context, String property, List<String> allowed, String message) {
        Violations.report(context, property, message, new Violations.Detail(ErrorCode.ONE_OF, allowed, null));
        return false;
    }
}
