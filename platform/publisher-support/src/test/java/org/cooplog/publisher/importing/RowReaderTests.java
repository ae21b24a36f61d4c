package org.cooplog.publisher.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.cooplog.events.common.Modality;
import org.cooplog.publisher.request.OrganisationRequest;
import org.junit.jupiter.api.Test;

class RowReaderTests {

    @Test
    void aValidRowBecomesTheRequestAJsonClientWouldSend() {
        RowReader.Result<SampleRequest> read = read(Sheets.HEADER + ",details.tags", Sheets.VALID_ROW + ",a; b");

        assertThat(read.problems()).isEmpty();
        SampleRequest request = read.request();
        assertThat(request.plan().title()).isEqualTo("Khóa đào tạo về liêm chính");
        assertThat(request.plan().ends()).hasToString("2021-10-22");
        assertThat(request.plan().modality()).isEqualTo(Modality.ONLINE);
        assertThat(request.plan().partners())
                .containsExactly(
                        new OrganisationRequest("Trường Hành chính công Cộng hòa Pháp", null, "INSP", "FR"),
                        new OrganisationRequest("Đại sứ quán Pháp", null, null, "FR"));
        assertThat(request.details().kind()).isEqualTo(SampleRequest.Kind.TRAINING);
        assertThat(request.details().tags()).containsExactly("a", "b");
    }

    @Test
    void everyProblemOfARowIsPinnedToItsRowColumnAndField() {
        String row = "  ,18/10/2021,2021-10-01,qua mạng,Đại sứ quán (XX),TRAINING,FR,Liêm chính,7";

        RowReader.Result<SampleRequest> read = read(Sheets.HEADER + ",details.plannedParticipants", row);

        assertThat(read.request()).isNull();
        assertThat(read.problems())
                .extracting(RowProblem::row, RowProblem::column, RowProblem::field)
                .containsExactlyInAnyOrder(
                        tuple(2, "Hình thức", "plan.modality"),
                        tuple(2, "Tên hoạt động", "plan.title"),
                        tuple(2, "Ngày kết thúc", "plan.ends"),
                        tuple(2, "Đối tác", "plan.partners[0].country"));
        assertThat(read.problems())
                .filteredOn(p -> p.field().equals("plan.ends"))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.problem()).isEqualTo("không được trước ngày bắt đầu");
                    assertThat(p.problemEn()).isEqualTo("must not be before the start");
                });
    }

    @Test
    void everyProblemIsSaidInEachLanguageWithoutPathsCodesOrTheOtherLanguage() {
        String row = "  ,18/10/2021,2021-10-01,qua mạng,Đại sứ quán (XX),TRAINING,Wakanda,Liêm chính,bảy";

        List<RowProblem> problems =
                read(Sheets.HEADER + ",details.plannedParticipants", row).problems();
        RowReader.Result<SampleRequest> implausible =
                read(Sheets.HEADER, Sheets.VALID_ROW.replace("2021-10-18", "1900"));

        List<RowProblem> all = new java.util.ArrayList<>(problems);
        all.addAll(implausible.problems());
        assertThat(all).hasSizeGreaterThanOrEqualTo(6);
        assertThat(all).allSatisfy(p -> {
            assertThat(p.column()).doesNotContain("plan.", "details.");
            assertThat(p.columnEn()).doesNotContain("plan.", "details.");
            assertThat(p.problem())
                    .doesNotContainPattern("plan\\.|details\\.|IN_PERSON|ONLINE|ISO|\\bmust\\b|\\bis\\b|\\bnot\\b");
            assertThat(p.problemEn()).doesNotContainPattern("plan\\.|details\\.|IN_PERSON|ISO|không|phải|\\bngày\\b");
        });
        assertThat(implausible.problems()).singleElement().satisfies(p -> {
            assertThat(p.problem()).isEqualTo("ngày không hợp lý: không được trước năm 1990 và không quá 5 năm tới");
            assertThat(p.problemEn()).isEqualTo("is not a plausible date: not before 1990 and at most 5 years ahead");
        });
    }

    @Test
    void aBadCellIsReportedOnceNotAgainAsMissing() {
        String row = Sheets.VALID_ROW.replace("2021-10-18", "hôm qua");

        RowReader.Result<SampleRequest> read = read(Sheets.HEADER, row);

        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("Ngày bắt đầu");
            assertThat(p.problemEn())
                    .isEqualTo("'hôm qua' is not a date: write YYYY-MM-DD, YYYY-MM or YYYY, or day first:"
                            + " DD/MM/YYYY, DD.MM.YYYY or MM/YYYY");
        });
    }

    @Test
    void aMissingRequiredColumnIsLeftToTheHeaderWhileEmptyRequiredCellsAreNamed() {
        String header = "Tên hoạt động,Ngày bắt đầu,Hình thức,details.kind,details.partnerCountry";

        RowReader.Result<SampleRequest> read = read(header, ",2021,ONLINE,,FR");

        assertThat(read.problems())
                .extracting(RowProblem::column, RowProblem::columnEn, RowProblem::field)
                .containsExactly(
                        tuple("Loại hoạt động", "Kind of activity", "details.kind"),
                        tuple("Tên hoạt động", "Title", "plan.title"));
    }

    @Test
    void aValueUnderNoHeaderIsAProblemAndUnderAnUnknownHeaderIsNot() {
        RowReader.Result<SampleRequest> read = read(Sheets.HEADER + ",Màu sắc,", Sheets.VALID_ROW + ",đỏ,x");

        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isNull();
            assertThat(p.problemEn()).isEqualTo("The cell in column 10 has a value but its column has no header");
        });
    }

    @Test
    void textIsStoredInNfc() {
        String decomposed = "Kho\u0301a đa\u0300o ta\u0323o";

        RowReader.Result<SampleRequest> read =
                read(Sheets.HEADER, Sheets.VALID_ROW.replace("Khóa đào tạo", decomposed));

        assertThat(read.request().plan().title()).isEqualTo("Khóa đào tạo về liêm chính");
    }

    private static RowReader.Result<SampleRequest> read(String header, String row) {
        Sheet sheet = Sheets.of(header, row);
        ColumnCatalog.Header understood = Sheets.SAMPLE.header(sheet.header());
        return new RowReader<>(SampleRequest.class, Sheets.SAMPLE, understood, Sheets.JSON, Sheets.VALIDATOR)
                .read(sheet.body().get(0));
    }

    static List<String> fields(List<RowProblem> problems) {
        return problems.stream().map(RowProblem::field).toList();
    }
}
