package org.cooplog.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WrittenDatesTests {

    @ParameterizedTest
    @CsvSource({
        "17/03/2022, 2022-03-17",
        "7/3/2022, 2022-03-07",
        "17.03.2022, 2022-03-17",
        "17-03-2022, 2022-03-17",
        "03/2022, 2022-03",
        "3/2022, 2022-03",
        "2022, 2022",
        "2022-03-17, 2022-03-17",
        "2022-03, 2022-03"
    })
    void aDateWrittenAsPeopleWriteItIsTheApisIsoDate(String written, String iso) {
        assertThat(WrittenDates.iso(written)).contains(iso);
    }

    @ParameterizedTest
    @CsvSource({"31/02/2022", "15/13/2022", "13/2022", "khoảng tháng 3", "2022-13-40", "22", "''"})
    void whatIsNoDateIsNoneRatherThanAGuess(String written) {
        assertThat(WrittenDates.iso(written)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"2022-03-17, 17/03/2022", "2022-03, 03/2022", "2022, 2022", "not a date, not a date"})
    void theApisDatesAreShownAsPeopleWriteThem(String iso, String shown) {
        assertThat(WrittenDates.show(iso)).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource({"2026-12-03T10:23:32.784Z, 03/12/2026 17:23", "2021-12-31T17:00:00Z, 01/01/2022 00:00"})
    void anInstantIsTheClockInVietNam(String instant, String shown) {
        assertThat(WrittenDates.time(instant)).isEqualTo(shown);
    }
}
