package org.cooplog.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

/** Values the API gives back are shown as people write them, not as the API keeps them. */
class FormPageTests {

    static final List<FormField> FIELDS = List.of(
            FormField.date("starts"),
            FormField.date("until"),
            FormField.country("venue.country"),
            FormField.text("venue.city"),
            FormField.select("modality", "ONLINE"));

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void datesComeBackAsDaysMonthsOrYearsAndCountriesByName() {
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));

        Map<String, String> values = FormPage.prefill(
                FIELDS,
                Map.of(
                        "starts",
                        "2022-03-17",
                        "until",
                        "2022-04",
                        "venue.country",
                        "KR",
                        "venue.city",
                        "Seoul",
                        "modality",
                        "ONLINE"));

        assertThat(values)
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "starts", "17/03/2022",
                        "until", "04/2022",
                        "venue.country", "Hàn Quốc",
                        "venue.city", "Seoul",
                        "modality", "ONLINE"));
    }

    @Test
    void inEnglishACountryHasItsEnglishName() {
        LocaleContextHolder.setLocale(Locale.ENGLISH);

        assertThat(FormPage.prefill(FIELDS, Map.of("venue.country", "KR")))
                .containsExactlyEntriesOf(Map.of("venue.country", "Republic of Korea"));
    }
}
