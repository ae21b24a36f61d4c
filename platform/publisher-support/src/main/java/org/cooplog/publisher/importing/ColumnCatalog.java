package org.cooplog.publisher.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The columns of one track's imports, and how a file's header row names them. */
final class ColumnCatalog {

    /** The star a template puts after the header of a required column. */
    private static final Pattern REQUIRED_MARK = Pattern.compile("\\s*\\*\\s*$");

    private final List<Column> columns;
    private final List<String> requiredRecords;
    private final Map<String, Column> byKey = new HashMap<>();

    ColumnCatalog(List<Column> columns, List<String> requiredRecords) {
        this.columns = List.copyOf(columns);
        this.requiredRecords = List.copyOf(requiredRecords);
        for (Column column : columns) {
            List<String> names = new ArrayList<>(column.labels());
            names.add(column.path());
            for (String name : names) {
                Column other = byKey.putIfAbsent(ColumnLabels.key(name), column);
                if (other != null && other != column) {
                    throw new IllegalStateException(
                            "'" + name + "' names both " + other.path() + " and " + column.path());
                }
            }
        }
    }

    List<Column> columns() {
        return columns;
    }

    /** The records a row always has, even when all their cells are empty, so their own fields are reported. */
    List<String> requiredRecords() {
        return requiredRecords;
    }

    /** Matches each header cell to a column, and names every header cell and required column that does not fit. */
    Header header(Sheet.Row row) {
        Map<Integer, Column> found = new LinkedHashMap<>();
        Map<Integer, String> texts = new LinkedHashMap<>();
        Map<Column, String> seen = new HashMap<>();
        List<RowProblem> problems = new ArrayList<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String text = REQUIRED_MARK.matcher(row.cell(i)).replaceAll("").strip();
            if (text.isEmpty()) {
                continue;
            }
            texts.put(i, text);
            Column column = byKey.get(ColumnLabels.key(text));
            if (column == null) {
                problems.add(new RowProblem(
                        row.number(),
                        text,
                        text,
                        null,
                        "Không có cột nào tên «" + text + "». Các cột được nhận: " + known(Language.VI),
                        "«" + text + "» is not a column of this import. Known columns: " + known(Language.EN)));
            } else if (seen.containsKey(column)) {
                problems.add(new RowProblem(
                        row.number(),
                        text,
                        text,
                        column.path(),
                        "Cột «" + text + "» trùng với cột «" + seen.get(column) + "»",
                        "Column «" + text + "» repeats column «" + seen.get(column) + "»"));
            } else {
                seen.put(column, text);
                found.put(i, column);
            }
        }
        Set<String> missing = new LinkedHashSet<>();
        for (Column column : columns) {
            if (column.required() && !seen.containsKey(column)) {
                missing.add(column.path());
                problems.add(RowProblem.in(
                        row.number(),
                        column,
                        column.path(),
                        "Thiếu cột bắt buộc «" + column.label(Language.VI) + "»",
                        "The required column «" + column.label(Language.EN) + "» is missing"));
            }
        }
        return new Header(found, texts, missing, problems);
    }

    private String known(Language language) {
        return columns.stream().map(c -> c.label(language)).collect(Collectors.joining(", "));
    }

    /**
     * A file's header row, understood.
     *
     * @param columns the column of each understood header cell, by position
     * @param texts each header cell's text as written, by position; a cell under none must be empty
     * @param missingRequired the paths of required columns the file lacks
     * @param problems what is wrong with the header, each problem once for the whole file
     */
    record Header(
            Map<Integer, Column> columns,
            Map<Integer, String> texts,
            Set<String> missingRequired,
            List<RowProblem> problems) {}
}
