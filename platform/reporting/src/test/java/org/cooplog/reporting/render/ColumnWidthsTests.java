package org.cooplog.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnWidthsTests {

    private static final List<String> COLUMNS = List.of("STT", "Hoạt động", "Thời gian", "Kết quả");

    @Test
    void sharesAddUpToTheWholeWidth() {
        List<Integer> shares = ColumnWidths.of(COLUMNS, rows(SampleReports.WORKSHOP, "Thống nhất kế hoạch"), 12);
        assertThat(shares).hasSize(4);
        assertThat(shares.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1000);
    }

    @Test
    void noColumnIsNarrowerThanItsLongestWord() {
        List<Integer> shares =
                ColumnWidths.of(COLUMNS, rows(SampleReports.WORKSHOP + " " + SampleReports.WORKSHOP, ""), 12);
        double textWidthPt = PageLayout.TEXT_WIDTH_MM * 72 / 25.4;
        assertThat(shares.get(0) * textWidthPt / 1000).isGreaterThan(SerifFonts.Face.BOLD.width("STT", 12));
        assertThat(shares.get(2) * textWidthPt / 1000).isGreaterThan(SerifFonts.Face.REGULAR.width("15/01/2021", 12));
    }

    @Test
    void theColumnWithMoreTextGetsMoreRoom() {
        List<Integer> shares = ColumnWidths.of(COLUMNS, rows(SampleReports.WORKSHOP, "Thống nhất"), 12);
        assertThat(shares.get(1)).isGreaterThan(shares.get(3)).isGreaterThan(shares.get(0));
        List<Integer> swapped = ColumnWidths.of(COLUMNS, rows("Hội thảo", SampleReports.WORKSHOP), 12);
        assertThat(swapped.get(3)).isGreaterThan(swapped.get(1));
    }

    @Test
    void anUnbreakableWordLeavesTheOtherColumnsTheirWords() {
        List<Integer> shares = ColumnWidths.of(COLUMNS, rows(SampleReports.UNBROKEN, "Thống nhất"), 12);
        double textWidthPt = PageLayout.TEXT_WIDTH_MM * 72 / 25.4;
        assertThat(shares.get(2) * textWidthPt / 1000).isGreaterThan(SerifFonts.Face.REGULAR.width("15/01/2021", 12));
        assertThat(shares.get(3) * textWidthPt / 1000).isGreaterThan(SerifFonts.Face.REGULAR.width("Thống", 12));
    }

    @Test
    void aShortPhraseBesideLongTextTakesThreeLinesAtMost() {
        List<String> columns = List.of("STT", "Hoạt động", "Tình hình thực hiện", "Kết quả");
        String status = "Đã hoàn thành nghĩa vụ";
        String long1 = SampleReports.WORKSHOP + " " + SampleReports.WORKSHOP;
        List<Integer> shares = ColumnWidths.of(
                columns, List.of(List.of("1", long1, status, long1), List.of("2", long1, "Đã tham dự", long1)), 12);
        double textWidthPt = PageLayout.TEXT_WIDTH_MM * 72 / 25.4;
        double statusColumnPt = shares.get(2) * textWidthPt / 1000;
        assertThat(statusColumnPt * 3).isGreaterThan(SerifFonts.Face.REGULAR.width(status, 12) + 14 * 3);
    }

    private static List<List<String>> rows(String activity, String outcome) {
        return List.of(List.of("1", activity, "15/01/2021", outcome), List.of("2", activity, "16/01/2021", outcome));
    }
}
