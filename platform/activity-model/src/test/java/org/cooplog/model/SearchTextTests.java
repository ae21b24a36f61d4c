package org.cooplog.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchTextTests {

    static final String TITLE = "Đoàn Thanh tra Chính phủ học tập kinh nghiệm của Hàn Quốc";

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "thanh tra",
                "THANH TRA",
                "Thanh tra Chính phủ",
                "đoàn",
                "Đoàn",
                "doan",
                "DOAN",
                "chinh phu thanh tra",
                "han quoc kinh",
                "  thanh   tra  ",
                "thanh, tra."
            })
    void aTitleIsFoundByItsWordsWithoutCaseOrDiacriticsInAnyOrder(String asked) {
        assertThat(SearchText.hasEveryWord(TITLE, asked)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"thanh tra nhân dân", "pháp", "'   '", "tra thanh toán"})
    void everyWordAskedIsRequired(String asked) {
        assertThat(SearchText.hasEveryWord(TITLE, asked)).isFalse();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"Hàn Quốc", "han quoc", "HÀN QUỐC", "Thanh tra Chính phủ", "doan thanh"})
    void aPhraseStandsWholeAndInOrder(String phrase) {
        assertThat(SearchText.hasPhrase(TITLE, phrase)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"Quốc Hàn", "han quo", "an quoc", "''"})
    void partOfAWordOrWordsOutOfOrderAreNoPhrase(String phrase) {
        assertThat(SearchText.hasPhrase(TITLE, phrase)).isFalse();
    }
}
