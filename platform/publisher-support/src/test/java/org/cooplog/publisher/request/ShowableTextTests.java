package org.cooplog.publisher.request;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What text may be stored: what can be shown as it was written, and not only what cannot be seen. */
class ShowableTextTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Khóa đào tạo trực tuyến về liêm chính",
                "Emoji 🇻🇳 and a joiner 👩\u200d💻",
                "Word\u200bwith a zero-width space inside",
                "   ",
                "",
                "مكافحة الفساد"
            })
    void takesTextThatCanBeShown(String text) {
        assertThat(ShowableText.problemIn(text, false)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "abc\u0000def",
                "abc\u0007",
                "\u001b[31m",
                "\u007f",
                "\u0085",
                "\u009b",
                "abc\ud800def",
                "\udc00",
                "abc\uffff",
                "\ufffe",
                "\ufdd0",
                "\ud83f\udfff",
                "abc\u202etxt.exe",
                "\u202a",
                "\u2066x\u2069",
                "\u200b\u200b",
                "\u2060",
                "\ufeff",
                "\u00a0",
                "\u3164",
                " \u200b ",
                "a\nb",
                "a\tb",
                "a\rb"
            })
    void refusesTextThatCannotBeShownFaithfullyOrShowsNothing(String text) {
        assertThat(ShowableText.problemIn(text, false)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"line one\nline two", "a\tb", "a\r\nb"})
    void takesTabsAndLineBreaksWhereTheFieldIsMultiLine(String text) {
        assertThat(ShowableText.problemIn(text, true)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\u0000b\nc", "\u202e\nx", "\u200b\n\u200b"})
    void aMultiLineFieldStillRefusesTheRest(String text) {
        assertThat(ShowableText.problemIn(text, true)).isPresent();
    }
}
