package org.cooplog.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

/**
 * What must never be printed in a signed document: the log's topics and offsets, clock times, the old provenance and
 * figures tables. The sample report's metadata holds such values; they belong in the document's properties only.
 */
final class MachineText {

    /** A clock time such as 16:30 or 16:30:39. */
    private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}:\\d{2}(:\\d{2})?\\b");

    private MachineText() {}

    static void assertNoneIn(String printed) {
        assertThat(printed)
                .doesNotContain(
                        "cooplog.",
                        "events-0",
                        "@12",
                        "2021-03-14T17:00:00Z",
                        "2026.4",
                        "Nguồn số liệu",
                        "Tổng số hoạt động trong kỳ",
                        "Theo lĩnh vực hợp tác",
                        "THỰC HIỆN SO VỚI KẾ HOẠCH");
        assertThat(CLOCK.matcher(printed).find())
                .as("a clock time in: %s", printed)
                .isFalse();
    }
}
