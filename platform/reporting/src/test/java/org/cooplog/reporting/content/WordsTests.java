package org.cooplog.reporting.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.cooplog.model.PartialDates;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            vi | 2021-10-18 | 2021-10-22 | từ ngày 18 đến ngày 22 tháng 10 năm 2021
            vi | 2019-05-29 | 2019-06-02 | từ ngày 29 tháng 5 đến ngày 2 tháng 6 năm 2019
            vi | 2020-12-15 | 2021-03-14 | từ ngày 15 tháng 12 năm 2020 đến ngày 14 tháng 3 năm 2021
            en | 2021-10-18 | 2021-10-22 | from 18 to 22 October 2021
            en | 2019-05-29 | 2019-06-02 | from 29 May to 2 June 2019
            en | 2020-12-15 | 2021-03-14 | from 15 December 2020 to 14 March 2021
            """)
    void writesASpanOfDaysInWordsNamingASharedMonthAndYearOnce(
            String language, LocalDate first, LocalDate last, String words) {
        assertThat(new Words(language).daysInWords(first, last)).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            vi | 2021-03-17 |            | vào ngày 17 tháng 3 năm 2021
            vi | 2021-06    |            | trong tháng 6 năm 2021
            vi | 2021       |            | trong năm 2021
            vi | 2021       | 2023       | từ năm 2021 đến năm 2023
            en | 2021-03-17 |            | on 17 March 2021
            en | 2021-06    |            | in June 2021
            en | 2021       | 2023       | from 2021 to 2023
            """)
    void writesWhenAnActivityTakesPlaceToThePrecisionTheLogKnows(
            String language, String starts, String ends, String words) {
        assertThat(new Words(language)
                        .whenInWords(PartialDates.parse(starts), ends == null ? null : PartialDates.parse(ends)))
                .isEqualTo(words);
    }
}
