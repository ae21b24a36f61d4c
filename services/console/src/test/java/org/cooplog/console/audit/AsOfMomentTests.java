package org.cooplog.console.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AsOfMomentTests {

    @ParameterizedTest
    @ValueSource(strings = {"01/10/2021", "1/10/2021", "01.10.2021", "2021-10-01", " 01/10/2021 "})
    void aDayMeansTheEndOfThatDayOnVietNamsClock(String typed) {
        assertThat(AsOfMoment.read(typed))
                .contains(new AsOfMoment(Instant.parse("2021-10-01T17:00:00Z"), LocalDate.of(2021, 10, 1)));
    }

    @ParameterizedTest
    @CsvSource({"10/2021, 2021-10-31T17:00:00Z, 2021-10-31", "2021, 2021-12-31T17:00:00Z, 2021-12-31"})
    void aMonthOrAYearMeansTheEndOfItsLastDay(String typed, Instant instant, LocalDate day) {
        assertThat(AsOfMoment.read(typed)).contains(new AsOfMoment(instant, day));
    }

    @ParameterizedTest
    @CsvSource({
        "01/10/2021 14:30, 2021-10-01T07:30:00Z",
        "01/10/2021 9:05, 2021-10-01T02:05:00Z",
        "01/10/2021 14h30, 2021-10-01T07:30:00Z",
        "2021-10-01 14:30, 2021-10-01T07:30:00Z",
        "2021-10-18T09:30, 2021-10-18T02:30:00Z",
        "2021-10-18T09:30:00, 2021-10-18T02:30:00Z",
        "2021-10-18T02:30:00Z, 2021-10-18T02:30:00Z"
    })
    void aDayWithATimeMeansThatMinuteOnVietNamsClock(String typed, Instant instant) {
        assertThat(AsOfMoment.read(typed)).contains(new AsOfMoment(instant, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "hôm qua", "32/10/2021", "01/10/2021 25:00", "01/10/2021 14:75", "10/2021 14:30"})
    void whatIsNoMomentIsNotRead(String typed) {
        assertThat(AsOfMoment.read(typed)).isEmpty();
    }
}
