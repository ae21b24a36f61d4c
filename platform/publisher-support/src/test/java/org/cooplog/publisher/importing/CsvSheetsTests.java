package org.cooplog.publisher.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.web.ErrorResponseException;

class CsvSheetsTests {

    @ParameterizedTest
    @ValueSource(strings = {",", ";"})
    void readsCommaOrSemicolonSeparatedWithOrWithoutAByteOrderMark(String separator) {
        String text = Sheets.csv("Tên hoạt động" + separator + "Hình thức", "Hội thảo, tập huấn" + separator + "ONLINE")
                .replace("Hội thảo, tập huấn", "\"Hội thảo, tập huấn\"");

        for (String file : List.of(text, "\uFEFF" + text)) {
            Sheet sheet = CsvSheets.read(file, 10);

            assertThat(sheet.header().cells()).containsExactly("Tên hoạt động", "Hình thức");
            assertThat(sheet.body()).singleElement().satisfies(row -> {
                assertThat(row.number()).isEqualTo(2);
                assertThat(row.cells()).containsExactly("Hội thảo, tập huấn", "ONLINE");
            });
        }
    }

    @Test
    void numbersRowsAsASpreadsheetShowsThemSkippingEmptyOnes() {
        String text = Sheets.csv("a,b", "\"one\nline two\",x", "", ",", "y,z");

        Sheet sheet = CsvSheets.read(text, 10);

        assertThat(sheet.body()).extracting(Sheet.Row::number).containsExactly(2, 5);
        assertThat(sheet.body().get(0).cell(0)).isEqualTo("one\nline two");
    }

    @Test
    void refusesMoreRowsThanTheLimit() {
        assertThat(CsvSheets.read(Sheets.csv("a", "1", "2", "3"), 3).body()).hasSize(3);
        assertThatThrownBy(() -> CsvSheets.read(Sheets.csv("a", "1", "2", "3", "4"), 3))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> {
                    assertThat(e.getStatusCode().value()).isEqualTo(400);
                    assertThat(e.getBody().getType().toString()).isEqualTo("urn:cooplog:problem:too-many-rows");
                });
    }

    @Test
    void anUnclosedQuoteMakesTheFileUnreadable() {
        assertThatThrownBy(() -> CsvSheets.read(Sheets.csv("a,b", "\"never closed,x"), 10))
                .isInstanceOfSatisfying(ErrorResponseException.class, e -> {
                    assertThat(e.getBody().getType().toString()).isEqualTo("urn:cooplog:problem:unreadable-file");
                    assertThat(e.getBody().getDetail() + e.getBody().getProperties())
                            .contains("dấu ngoặc kép", "Check the quotes")
                            .doesNotContain("java.", "Exception", "EOF", "line ", "encapsulated");
                });
    }

    @Test
    void aHeaderWithoutRowsIsAnEmptyFile() {
        assertThatThrownBy(() -> CsvSheets.read(Sheets.csv("a,b", ",", ""), 10))
                .isInstanceOfSatisfying(
                        ErrorResponseException.class,
                        e -> assertThat(e.getBody().getType().toString()).isEqualTo("urn:cooplog:problem:empty-file"));
    }

    @Test
    void utf8TextIsCsvAndAZipIsAWorkbook() {
        assertThat(FileFormat.of("a,b\r\n1,2\r\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(FileFormat.CSV);
        assertThat(FileFormat.of(new byte[] {0x50, 0x4B, 0x03, 0x04, 0})).isEqualTo(FileFormat.XLSX);
    }

    @Test
    void otherFilesAreUnsupportedWithHowToSaveThem() {
        byte[] windows1258 = "Tên hoạt động\r\n".getBytes(Charset.forName("windows-1258"));
        byte[] utf16 = "Tên hoạt động\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] utf16WithMark = ("\uFEFFTên\r\n").getBytes(StandardCharsets.UTF_16LE);
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0};

        for (byte[] file : List.of(windows1258, utf16, utf16WithMark, xls)) {
            assertThatThrownBy(() -> FileFormat.of(file)).isInstanceOfSatisfying(ErrorResponseException.class, e -> {
                assertThat(e.getStatusCode().value()).isEqualTo(415);
                assertThat(e.getBody().getProperties()).containsKey("detailEn");
            });
        }
    }
}
