package org.cooplog.publisher.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ImportTemplateTests {

    private final ImportTemplate template = new ImportTemplate(Sheets.SAMPLE);

    @Test
    void theCsvTemplateHasAByteOrderMarkVietnameseHeadersAndARowThatImportsAsItIs() {
        byte[] csv = template.csv();

        String text = new String(csv, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFTên hoạt động,Tên tiếng Anh,Ngày bắt đầu,Ngày kết thúc,Hình thức,");
        assertThat(text).contains("details.partnerCountry");
        assertThat(problemsOf(FileFormat.of(csv).read(csv, limits()))).isEmpty();
    }

    @Test
    void theXlsxTemplateImportsAsItIs() {
        byte[] xlsx = template.xlsx();

        Sheet sheet = FileFormat.of(xlsx).read(xlsx, limits());

        assertThat(sheet.header().cells()).containsExactlyElementsOf(template.headings());
        assertThat(sheet.body().get(0).cells()).contains("2021-10-18", "TRAINING", "FR");
        assertThat(problemsOf(sheet)).isEmpty();
    }

    private static java.util.List<RowProblem> problemsOf(Sheet sheet) {
        ColumnCatalog.Header header = Sheets.SAMPLE.header(sheet.header());
        java.util.List<RowProblem> problems = new java.util.ArrayList<>(header.problems());
        problems.addAll(new RowReader<>(SampleRequest.class, Sheets.SAMPLE, header, Sheets.JSON, Sheets.VALIDATOR)
                .read(sheet.body().get(0))
                .problems());
        return problems;
    }

    static ImportProperties limits() {
        return new ImportProperties(org.springframework.util.unit.DataSize.ofMegabytes(5), 5000, 100, 1, 5);
    }
}
