package org.cooplog.publisher.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A file to start from, in the desk's language: the columns by the labels the form shows, required ones marked with
 * a star, and no row of data, so a template sent back unfilled records nothing. The workbook explains itself on a
 * first sheet; the CSV, which cannot, is the header row alone. The CSV starts with a byte order mark, without which
 * Excel shows Vietnamese as mojibake.
 */
final class ImportTemplate {

    private final ColumnCatalog catalog;

    ImportTemplate(ColumnCatalog catalog) {
        this.catalog = catalog;
    }

    List<String> headings(Language language) {
        return catalog.columns().stream()
                .map(column -> heading(column, language))
                .toList();
    }

    /** The column's header: its label, and a star when every row must fill it. */
    static String heading(Column column, Language language) {
        return column.label(language) + (column.required() ? " *" : "");
    }

    byte[] csv(Language language) {
        StringBuilder text = new StringBuilder("\uFEFF");
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.RFC4180)) {
            printer.printRecord(headings(language));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    byte[] xlsx(Language language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TemplateWorkbook.write(catalog.columns(), language, out);
        return out.toByteArray();
    }
}
