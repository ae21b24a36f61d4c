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
    @CsvSource({
        "17/03/2022,   2022-03-17, DAY",
        "7/3/2022,     2022-03-07, DAY",
        "07/3/2022,    2022-03-07, DAY",
        "17.03.2022,   2022-03-17, DAY",
        "29/02/2020,   2020-02-29, DAY",
        "03/2022,      2022-03,    MONTH",
        "3/2022,       2022-03,    MONTH",
        "9.2021,       2021-09,    MONTH",
        "' 18/10/2021 ', 2021-10-18, DAY"
    })
    void readsADateWrittenDayFirstAsTheImportDoes(String text, String iso, DatePrecision precision) {
        PartialDateValue date = PartialDateValue.parse(text);

        assertThat(date).isEqualTo(PartialDateValue.parse(iso));
        assertThat(date.precision()).isEqualTo(precision);
        assertThat(date.toString()).isEqualTo(iso);
    }

    @ParameterizedTest
    @ValueSource(strings = {"18-10-2021", "18/10/21", "2021/10/18", "18 10 2021", "17/03/2022 14:05", "10/21"})
    void namesEveryFormItReadsWhenTheTextIsNone(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PartialDateValue.parse(text))
                .withMessage("'" + text + "' is not a date: write YYYY-MM-DD, YYYY-MM or YYYY, or day first:"
                        + " DD/MM/YYYY, DD.MM.YYYY or MM/YYYY");
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2022", "29/02/2021", "17/13/2022", "0/3/2022", "13/2022", "00/2022"})
    void refusesADayFirstDateThatIsNoDayOfTheCalendar(String text) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> PartialDateValue.parse(text))
                .withMessage("'" + text + "' is not a day of the calendar");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
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
