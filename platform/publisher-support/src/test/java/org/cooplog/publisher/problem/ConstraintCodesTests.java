package org.cooplog.publisher.problem;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.Year;
import java.util.List;
import org.cooplog.publisher.request.PartialDateValue;
import org.cooplog.publisher.validation.CountryCode;
import org.cooplog.publisher.validation.DatedRange;
import org.cooplog.publisher.validation.EndNotBeforeStart;
import org.cooplog.publisher.validation.PlausibleDate;
import org.junit.jupiter.api.Test;

class ConstraintCodesTests {

    private static final Validator VALIDATOR =
            Validation.buildDefaultValidatorFactory().getValidator();

    record Partner(
            @NotBlank @Size(max = 5) String name,
            @CountryCode String country) {}

    @EndNotBeforeStart
    record Sample(
            @NotNull String kind,
            @Size(max = 2) List<@NotBlank String> items,
            @Min(1990) @Max(2100) Integer year,
            @PositiveOrZero Integer count,

            @Pattern(regexp = "VN|LA|KH", message = "must be VN, LA or KH")
            String chair,

            @PlausibleDate PartialDateValue starts,
            PartialDateValue ends,
            List<@Valid Partner> partners)
            implements DatedRange {}

    private static FieldError errorOn(String field, Sample sample) {
        return new RequestErrors(VALIDATOR)
                .of(sample, "").stream()
                        .filter(error -> error.field().equals(field))
                        .findFirst()
                        .orElseThrow();
    }

    private static Sample valid() {
        return new Sample(
                "x",
                List.of("a"),
                2021,
                3,
                "VN",
                PartialDateValue.parse("2021-10"),
                null,
                List.of(new Partner("AFA", "FR")));
    }

    @Test
    void aValidRequestHasNoError() {
        assertThat(new RequestErrors(VALIDATOR).of(valid(), "")).isEmpty();
    }

    @Test
    void aMissingOrBlankValueIsRequired() {
        Sample sample = new Sample(null, List.of("a", " "), 2021, 3, "VN", null, null, List.of(new Partner("", null)));

        assertThat(new RequestErrors(VALIDATOR).of(sample, "outcome."))
                .extracting(FieldError::field, FieldError::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("outcome.items[1]", ErrorCode.REQUIRED),
                        org.assertj.core.groups.Tuple.tuple("outcome.kind", ErrorCode.REQUIRED),
                        org.assertj.core.groups.Tuple.tuple("outcome.partners[0].name", ErrorCode.REQUIRED));
    }

    @Test
    void aTextOverItsLengthIsTooLongAndAListOverItsSizeTooManyEachWithItsLimit() {
        Sample sample = new Sample(
                "x", List.of("a", "b", "c"), 2021, 3, "VN", null, null, List.of(new Partner("ABCDEF", "FR")));

        assertThat(errorOn("items", sample)).satisfies(error -> {
            assertThat(error.code()).isEqualTo(ErrorCode.TOO_MANY);
            assertThat(error.limit()).isEqualTo(2L);
        });
        assertThat(errorOn("partners[0].name", sample)).satisfies(error -> {
            assertThat(error.code()).isEqualTo(ErrorCode.TOO_LONG);
            assertThat(error.limit()).isEqualTo(5L);
        });
    }

    @Test
    void aNumberOutOfItsBoundsIsTooSmallOrTooLargeWithTheBound() {
        assertThat(errorOn("year", new Sample("x", null, 1989, 3, "VN", null, null, null)))
                .isEqualTo(new FieldError(
                        "year", ErrorCode.TOO_SMALL, "must be greater than or equal to 1990", List.of(), 1990L));
        assertThat(errorOn("year", new Sample("x", null, 2101, 3, "VN", null, null, null))
                        .limit())
                .isEqualTo(2100L);
        assertThat(errorOn("count", new Sample("x", null, 2021, -1, "VN", null, null, null)))
                .extracting(FieldError::code, FieldError::limit)
                .containsExactly(ErrorCode.TOO_SMALL, 0L);
    }

    @Test
    void aPatternThatListsItsValuesIsOneOfThem() {
        assertThat(errorOn("chair", new Sample("x", null, 2021, 3, "TH", null, null, null)))
                .isEqualTo(new FieldError(
                        "chair", ErrorCode.ONE_OF, "must be VN, LA or KH", List.of("KH", "LA", "VN"), null));
    }

    @Test
    void theRulesOfOurOwnHaveTheirCodes() {
        Sample sample = new Sample(
                "x",
                null,
                2021,
                3,
                "VN",
                PartialDateValue.parse("1989-12"),
                PartialDateValue.parse("1989-11"),
                List.of(new Partner("AFA", "fr")));

        assertThat(errorOn("partners[0].country", sample).code()).isEqualTo(ErrorCode.COUNTRY);
        assertThat(errorOn("ends", sample).code()).isEqualTo(ErrorCode.END_BEFORE_START);
        assertThat(errorOn("starts", sample)).satisfies(error -> {
            assertThat(error.code()).isEqualTo(ErrorCode.IMPLAUSIBLE_DATE);
            assertThat(error.message())
                    .isEqualTo("must not be before 1990: the log starts with the department's" + " first records");
            assertThat(error.allowed())
                    .containsExactly("1990-01-01", (Year.now().getValue() + PlausibleDate.YEARS_AHEAD) + "-12-31");
        });
    }

    @Test
    void aConstraintWithoutACodeIsInvalidWhichTheCheckOfEachPublisherRefuses() {
        assertThat(ConstraintCodes.codeOf(Email.class)).isEqualTo(ErrorCode.INVALID);
        assertThat(ConstraintCodes.codeOf(NotNull.class)).isEqualTo(ErrorCode.REQUIRED);
        assertThat(ConstraintCodes.codeOf(PlausibleDate.class)).isEqualTo(ErrorCode.IMPLAUSIBLE_DATE);
    }

    @Test
    void theCodesAreTheWordsOfTheApi() {
        assertThat(List.of(ErrorCode.values()))
                .extracting(ErrorCode::code)
                .containsExactly(
                        "required",
                        "date",
                        "implausibleDate",
                        "endBeforeStart",
                        "wholeNumber",
                        "number",
                        "tooSmall",
                        "tooLarge",
                        "tooLong",
                        "tooMany",
                        "country",
                        "oneOf",
                        "unknownField",
                        "text",
                        "type",
                        "invalid");
    }
}
