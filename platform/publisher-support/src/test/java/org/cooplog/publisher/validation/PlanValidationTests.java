package org.cooplog.publisher.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Set;
import org.cooplog.events.common.Modality;
import org.cooplog.publisher.request.OrganisationRequest;
import org.cooplog.publisher.request.PartialDateValue;
import org.cooplog.publisher.request.PlanRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlanValidationTests {

    static jakarta.validation.ValidatorFactory factory;
    static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @ParameterizedTest
    @CsvSource({
        "2021-10-18, 2021-10-22, true",
        "2021-10-18, 2021-10-18, true",
        "2021-10-18, 2021-10-17, false",
        "2021-10,    2021-10-05, true",
        "2021-10-22, 2021-10,    true",
        "2021-10-22, 2021-09,    false",
        "2021,       2021-03,    true",
        "2021-12-15, 2021,       true",
        "2022-01-01, 2021,       false"
    })
    void theEndMayNotComeBeforeTheStart(String starts, String ends, boolean valid) {
        Set<ConstraintViolation<PlanRequest>> violations = validator.validate(plan(starts, ends, List.of()));

        assertThat(violations.isEmpty()).isEqualTo(valid);
        violations.forEach(v -> assertThat(v.getPropertyPath().toString()).isEqualTo("ends"));
    }

    @Test
    void countryCodesAreIsoAlpha2InUpperCase() {
        List<OrganisationRequest> partners = List.of(
                new OrganisationRequest("AFA", null, "AFA", "FR"),
                new OrganisationRequest("KIAC", null, null, "kr"),
                new OrganisationRequest("UNODC", null, "UNODC", null),
                new OrganisationRequest("?", null, null, "XX"));

        assertThat(validator.validate(plan("2021-03-17", null, partners)))
                .extracting(v -> v.getPropertyPath().toString())
                .containsExactlyInAnyOrder("partners[1].country", "partners[3].country");
    }

    private static PlanRequest plan(String starts, String ends, List<OrganisationRequest> partners) {
        return new PlanRequest(
                "Hội thảo",
                null,
                PartialDateValue.parse(starts),
                ends == null ? null : PartialDateValue.parse(ends),
                Modality.ONLINE,
                null,
                partners,
                null,
                null,
                null,
                null,
                null);
    }
}
