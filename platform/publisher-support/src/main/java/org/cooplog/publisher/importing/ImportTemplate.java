package org.cooplog.publisher.importing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cooplog.publisher.validation.CountryCode;

/**
 * A file to start from: the header row, with the Vietnamese label of each column where it has one, and one example
 * row that imports as it is. The CSV starts with a byte order mark, without which Excel shows Vietnamese as
 * mojibake.
 */
final class ImportTemplate {

    private static final Map<String, String> PLAN_EXAMPLE = Map.of(
            "plan.title", "Khóa đào tạo trực tuyến về liêm chính",
            "plan.titleEn", "Online training course on integrity",
            "plan.starts", "2021-10-18",
            "plan.ends", "2021-10-22",
            "plan.modality", "ONLINE",
            "plan.partners", "Trường Hành chính công Cộng hòa Pháp [INSP] (FR); Đại sứ quán Pháp (FR)",
            "plan.summary", "Chia sẻ kinh nghiệm của Pháp về liêm chính trong hoạt động công vụ");

    private final ColumnCatalog catalog;

    ImportTemplate(ColumnCatalog catalog) {
        this.catalog = catalog;
    }

    List<String> headings() {
        return catalog.columns().stream().map(Column::heading).toList();
    }

    List<String> example() {
        return catalog.columns().stream().map(ImportTemplate::example).toList();
    }

    byte[] csv() {
        StringBuilder text = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180)) {
            printer.printRecord(headings());
            printer.printRecord(example());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] xlsx() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TemplateWorkbook.write(catalog.columns(), headings(), example(), out);
        return out.toByteArray();
    }

    /** The example of a column: a known one for the shared plan, else one a required field's rules allow. */
    private static String example(Column column) {
        String known = PLAN_EXAMPLE.get(column.path());
        if (known != null || column.path().startsWith("plan.") || !column.required()) {
            return known == null ? "" : known;
        }
        return switch (column.kind()) {
            case CHOICE, CHOICES -> ((Enum<?>) ((Class<?>) column.valueType()).getEnumConstants()[0]).name();
            case DATE -> "2021-10-18";
            case WHOLE_NUMBER, NUMBER -> String.valueOf(number(column));
            case YES_NO -> "không";
            case ORGANISATION, ORGANISATIONS -> "Đại sứ quán Pháp (FR)";
            default -> column.rule(CountryCode.class) != null ? "FR" : "Nội dung: " + column.heading();
        };
    }

    /** Ten, or 2021 for a year, within the field's bounds. */
    private static long number(Column column) {
        Min min = column.rule(Min.class);
        Max max = column.rule(Max.class);
        long value = min != null && min.value() > 1000 ? 2021 : 10;
        value = min == null ? value : Math.max(value, min.value());
        return max == null ? value : Math.min(value, max.value());
    }
}
