package org.cooplog.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** A country is found however an officer types it, and named as an official would write it. */
class CountriesTests {

    @ParameterizedTest
    @CsvSource({
        "Hàn Quốc, KR",
        "han quoc, KR",
        "HÀN QUỐC, KR",
        "Korea, KR",
        "South Korea, KR",
        "Republic of Korea, KR",
        "KR, KR",
        "kr, KR",
        "' kr ', KR",
        "Liên bang Nga, RU",
        "Nga, RU",
        "Russia, RU",
        "Hoa Kỳ, US",
        "Mỹ, US",
        "my, MY",
        "Lào, LA",
        "lao, LA",
        "Laos, LA",
        "Việt Nam, VN",
        "Viet Nam, VN",
        "Vietnam, VN",
        "Đức, DE",
        "duc, DE",
        "Singap, SG",
        "Campuch, KH",
        "Đài Loan (Trung Quốc), TW",
        "Hồng Kông, HK"
    })
    void findsTheCountryByCodeNameOrTheStartOfOneName(String typed, String code) {
        assertThat(Countries.resolve(typed).code()).contains(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Xứ Sở Thần Tiên", "zz", "Hàn Quóc Xyz"})
    void aNameOfNoCountryIsUnknown(String typed) {
        Countries.Resolution resolution = Countries.resolve(typed);

        assertThat(resolution.code()).isEmpty();
        assertThat(resolution.ambiguous()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cộng hòa", "Gui", "Mal"})
    void theStartOfSeveralCountriesNamesIsAmbiguous(String typed) {
        Countries.Resolution resolution = Countries.resolve(typed);

        assertThat(resolution.code()).isEmpty();
        assertThat(resolution.ambiguous()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "KR, vi, Hàn Quốc",
        "KR, en, Republic of Korea",
        "RU, vi, Liên bang Nga",
        "US, vi, Hoa Kỳ",
        "LA, vi, Lào",
        "HK, vi, Hồng Kông (Trung Quốc)",
        "VN, en, Viet Nam",
        "XX, vi, XX"
    })
    void namesACountryAsAnOfficialWouldWriteIt(String code, String language, String name) {
        assertThat(Countries.name(code, Locale.forLanguageTag(language))).isEqualTo(name);
    }
}
