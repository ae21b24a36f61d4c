package org.cooplog.publisher.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.cooplog.events.common.DatePrecision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PartialDateValueTests {

    @ParameterizedTest
    @CsvSource({
        "2021-10-18, 2021-10-18, 2021-10-18, DAY",
        "2021-09,    2021-09-01, 2021-09-30, MONTH",
        "2020-02,    2020-02-01, 2020-02-29, MONTH",
        "2021,       2021-01-01, 2021-12-31, YEAR",
        "' 2019-05-29 ', 2019-05-29, 2019-05-29, DAY"
    })
    void readsTheThreeWrittenForms(String text, LocalDate first, LocalDate last, DatePrecision precision) {
        PartialDateValue date = PartialDateValue.parse(text);

        assertThat(date.firstDay()).isEqualTo(first);
        assertThat(date.lastDay()).isEqualTo(last);
        assertThat(date.precision()).isEqualTo(precision);
        assertThat(date.toString()).isEqualTo(text.strip());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "18/10/2021",
                "2021-13",
                "2021-02-30",
                "21-10-18",
                "",
                "tháng 9/2021",
                "2021-9",
                "2021-10-1",
                "2021-10-181",
                "2021/10",
                "20211",
                "2021-1x",
                "２０２１",
                "2021-10-18T00",
                "-2021"
            })
    void rejectsAnythingElseSayingWhatItAccepts(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PartialDateValue.parse(text))
                .withMessageContaining("'" + text + "'");
    }

    @ParameterizedTest
    @CsvSource({"2021-09, 2021-09-30, -1", "2021-09-01, 2021-09, -1", "2021-09, 2021-09, 0", "2021, 2021-12, -1"})
    void ordersByFirstDayThenByLastDay(String left, String right, int sign) {
        assertThat(Integer.signum(PartialDateValue.parse(left).compareTo(PartialDateValue.parse(right))))
                .isEqualTo(sign);
    }
}
