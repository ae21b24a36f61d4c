package org.cooplog.reporting.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PdfLinesTests {

    private static final PdfText CELL = PdfText.left(SerifFonts.Face.REGULAR, 12);

    @Test
    void linesBreakAtSpacesOnlyAndKeepADocumentSymbolWhole() {
        String text = "Thời gian chốt số liệu theo Nghị định số 09/2019/NĐ-CP và Thông tư số 02/2021/TT-TTCP.";
        List<PdfLines.Line> lines = PdfLines.of(text, CELL, 150);
        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(String.join(" ", lines.stream().map(PdfLines.Line::text).toList()))
                .isEqualTo(text);
        assertThat(lines).anyMatch(line -> line.text().contains("09/2019/NĐ-CP"));
        assertThat(lines).anyMatch(line -> line.text().contains("02/2021/TT-TTCP."));
    }

    @Test
    void aLineBreakEndsALineThatIsThenNotJustified() {
        List<PdfLines.Line> lines = PdfLines.of("Hội thảo\nUNCAC – Họp\n", CELL, 400);
        assertThat(lines).extracting(PdfLines.Line::text).containsExactly("Hội thảo", "UNCAC – Họp");
        assertThat(lines).allMatch(PdfLines.Line::last);
        assertThat(PdfLines.of("một\n\nba", CELL, 400))
                .extracting(PdfLines.Line::text)
                .containsExactly("một", "", "ba");
        assertThat(PdfLines.of("", CELL, 400)).isEmpty();
        assertThat(PdfLines.of("  ", CELL, 400)).isEmpty();
    }

    @Test
    void spacesCollapseAsInHtmlUnlessKept() {
        assertThat(PdfLines.of("  Số:      /BC-HTQT ", CELL, 400))
                .extracting(PdfLines.Line::text)
                .containsExactly("Số: /BC-HTQT");
        assertThat(PdfLines.of("Số:      /BC-HTQT", CELL.keepingSpaces(), 400))
                .extracting(PdfLines.Line::text)
                .containsExactly("Số:      /BC-HTQT");
    }

    @Test
    void theFirstLineTakesTheIndent() {
        String text = "Thực hiện chế độ báo cáo định kỳ, Vụ Hợp tác quốc tế báo cáo kết quả công tác";
        PdfText indented = PdfText.BODY;
        List<PdfLines.Line> lines = PdfLines.of(text, indented, 300);
        assertThat(lines.get(0).indented()).isTrue();
        assertThat(lines.get(0).width()).isLessThanOrEqualTo(300 - indented.indent());
        assertThat(lines.subList(1, lines.size())).noneMatch(PdfLines.Line::indented);
        assertThat(lines.get(lines.size() - 1).last()).isTrue();
        assertThat(lines.subList(0, lines.size() - 1)).noneMatch(PdfLines.Line::last);
    }

    @Test
    void aCharacterTheFontLacksIsShownAsAQuestionMark() {
        assertThat(PdfLines.of("Đối tác 北京 \uD83D\uDE00", CELL, 400))
                .extracting(PdfLines.Line::text)
                .containsExactly("Đối tác ?? ?");
    }

    /** No line is wider than its column, however long its words: a word too long is broken where it must be. */
    @ParameterizedTest
    @ValueSource(doubles = {20, 45, 80, 150, 300})
    void noLineIsWiderThanItsColumn(double width) {
        for (String text : List.of(
                SampleReports.UNBROKEN,
                SampleReports.ALPHABET,
                SampleReports.HOSTILE + "\n" + SampleReports.FORMULA,
                SampleReports.WORKSHOP)) {
            List<PdfLines.Line> lines = PdfLines.of(text, CELL, width);
            for (PdfLines.Line line : lines) {
                assertThat(line.width()).as(line.text()).isLessThanOrEqualTo(width + 1e-9);
                assertThat(line.width()).isCloseTo(CELL.face().width(line.text(), CELL.size()), within(1e-6));
            }
            assertThat(String.join("", lines.stream().map(PdfLines.Line::text).toList())
                            .replace(" ", ""))
                    .isEqualTo(PrintableText.of(text).replaceAll("\\s", ""));
        }
    }
}
