package org.cooplog.publisher.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnCatalogTests {

    @ParameterizedTest
    @CsvSource({
        "Tên hoạt động,           plan.title",
        "TÊN HOẠT ĐỘNG,           plan.title",
        "ten hoat dong,           plan.title",
        "'  Tên   hoạt động ',    plan.title",
        "Title,                   plan.title",
        "plan.title,              plan.title",
        "Plan.Title,              plan.title",
        "Ngày bắt đầu,            plan.starts",
        "Starts,                  plan.starts",
        "Ngày kết thúc,           plan.ends",
        "Hình thức,               plan.modality",
        "modality,                plan.modality",
        "Đối tác,                 plan.partners",
        "DOI TAC,                 plan.partners",
        "Nhà tài trợ,             plan.funders",
        "Nguồn,                   plan.sources",
        "Source,                  plan.sources",
        "plan.venue.city,         plan.venue.city",
        "details.partnerCountry,  details.partnerCountry",
        "DETAILS.PARTNERCOUNTRY,  details.partnerCountry"
    })
    void aHeaderNamesItsColumnByPathOrLabelInAnyCaseWithOrWithoutDiacritics(String header, String path) {
        ColumnCatalog.Header understood = Sheets.SAMPLE.header(row(header));

        assertThat(understood.columns().get(0).path()).isEqualTo(path);
    }

    @Test
    void aDecomposedHeaderIsTheSameColumnAsAComposedOne() {
        String decomposed = "Te\u0302n hoa\u0323t đo\u0302\u0323ng";

        assertThat(Sheets.SAMPLE.header(row(decomposed)).columns().get(0).path())
                .isEqualTo("plan.title");
    }

    @Test
    void anUnknownColumnIsNamedWithTheKnownOnes() {
        ColumnCatalog.Header header = Sheets.SAMPLE.header(row(Sheets.HEADER + ",Màu sắc"));

        assertThat(header.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(1);
            assertThat(problem.column()).isEqualTo("Màu sắc");
            assertThat(problem.problem())
                    .startsWith("Không có cột nào tên «Màu sắc»")
                    .contains("Tên hoạt động", "Chủ đề")
                    .doesNotContain("plan.title", "details.topic");
            assertThat(problem.problemEn())
                    .startsWith("«Màu sắc» is not a column of this import")
                    .contains("Title", "Topic")
                    .doesNotContain("plan.title", "details.topic");
        });
    }

    @Test
    void everyMissingRequiredColumnIsNamedOnceForTheFile() {
        ColumnCatalog.Header header = Sheets.SAMPLE.header(row("Title,Starts"));

        assertThat(header.problems())
                .extracting(RowProblem::field)
                .containsExactly("plan.modality", "details.kind", "details.partnerCountry", "details.topic");
        assertThat(header.missingRequired()).hasSize(4);
        assertThat(header.problems())
                .extracting(RowProblem::column, RowProblem::columnEn, RowProblem::problem)
                .contains(tuple("Hình thức", "Modality", "Thiếu cột bắt buộc «Hình thức»"));
        assertThat(header.problems())
                .extracting(RowProblem::problemEn)
                .contains("The required column «Topic» is missing");
    }

    @Test
    void aTemplatesHeaderReadsWithItsRequiredMarks() {
        ColumnCatalog.Header header =
                Sheets.SAMPLE.header(row("Tên hoạt động *,Ngày bắt đầu *,Hình thức *,Loại hoạt động *,"
                        + "Nước đối tác *,Chủ đề *,Partner country"));

        assertThat(header.problems())
                .extracting(RowProblem::problemEn)
                .containsExactly("Column «Partner country» repeats column «Nước đối tác»");
        assertThat(header.missingRequired()).isEmpty();
    }

    @Test
    void aColumnNamedTwiceIsAProblem() {
        ColumnCatalog.Header header = Sheets.SAMPLE.header(row(Sheets.HEADER + ",Title"));

        assertThat(header.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.column()).isEqualTo("Title");
            assertThat(problem.field()).isEqualTo("plan.title");
            assertThat(problem.problemEn()).isEqualTo("Column «Title» repeats column «Tên hoạt động»");
        });
    }

    @Test
    void emptyHeaderCellsAreNoColumn() {
        ColumnCatalog.Header header = Sheets.SAMPLE.header(row(Sheets.HEADER + ",,"));

        assertThat(header.problems()).isEmpty();
        assertThat(header.columns()).hasSize(8);
    }

    private static Sheet.Row row(String cells) {
        return new Sheet.Row(1, List.of(cells.split(",", -1)));
    }
}
