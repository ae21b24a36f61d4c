package org.cooplog.console.activity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimelineFilterTests {

    @ParameterizedTest(name = "from {0} to {1}")
    @CsvSource({
        "01/10/2021, 31/12/2021, 2021-10-01, 2021-12-31",
        "1/10/2021, 31.12.2021, 2021-10-01, 2021-12-31",
        "2021-10-01, 2021-12-31, 2021-10-01, 2021-12-31",
        "10/2021, 12/2021, 2021-10-01, 2021-12-31",
        "02/2024, 02/2024, 2024-02-01, 2024-02-29",
        "2021, 2021, 2021-01-01, 2021-12-31"
    })
    void aDayIsThatDayAndAMonthOrAYearRunsFromItsFirstToItsLastDay(
            String from, String to, String firstDay, String lastDay) {
        TimelineFilter filter = TimelineFilter.of(Map.of("from", from, "to", to));

        assertThat(filter.errors()).isEmpty();
        assertThat(filter.query()).containsExactly(Map.entry("from", firstDay), Map.entry("to", lastDay));
    }

    @ParameterizedTest
    @CsvSource({"31/02/2021", "13/2021", "10/01", "hôm qua", "2021-13-01"})
    void whatIsNoDateIsSaidNextToItsFieldAndNotSent(String typed) {
        TimelineFilter filter = TimelineFilter.of(Map.of("from", typed, "to", typed));

        assertThat(filter.errors())
                .containsOnly(Map.entry("from", "filter.notADate"), Map.entry("to", "filter.notADate"));
        assertThat(filter.query()).isEmpty();
        assertThat(filter.readable()).isFalse();
    }

    @Test
    void anEndBeforeTheStartIsSaidAtTheEnd() {
        TimelineFilter filter = TimelineFilter.of(Map.of("from", "31/12/2021", "to", "01/10/2021"));

        assertThat(filter.errors()).containsOnly(Map.entry("to", "filter.toBeforeFrom"));
    }

    @Test
    void wordsAndChoicesGoAsTypedWithoutSurroundingSpacesAndEmptyOnesNotAtAll() {
        Map<String, String> typed = new HashMap<>();
        typed.put("q", "  thanh tra ");
        typed.put("partner", "Hàn Quốc");
        typed.put("track", "");
        typed.put("status", "HELD");
        typed.put("from", " ");

        assertThat(TimelineFilter.of(typed).query())
                .containsExactly(
                        Map.entry("q", "thanh tra"), Map.entry("status", "HELD"), Map.entry("partner", "Hàn Quốc"));
    }
}
