package org.cooplog.publisher.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a file that hold anything, the first of them the header, each with the number the user sees beside
 * it in a spreadsheet program, so a problem can be found in the file.
 */
record Sheet(List<Row> rows) {

    Sheet {
        rows = List.copyOf(rows);
    }

    Row header() {
        return rows.get(0);
    }

    List<Row> body() {
        return rows.subList(1, rows.size());
    }

    /** One row: its number (the header is row 1 when it is the first line) and its cells, left to right. */
    record Row(int number, List<String> cells) {

        Row {
            cells = List.copyOf(cells);
        }

        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        boolean isBlank() {
            return cells.stream().allMatch(String::isBlank);
        }
    }

    /** Collects rows as a reader finds them, leaving out empty ones and refusing more than the limit. */
    static final class Builder {

        private final int maxRows;
        private final List<Row> rows = new ArrayList<>();

        Builder(int maxRows) {
            this.maxRows = maxRows;
        }

        void add(int number, List<String> cells) {
            Row row = new Row(number, cells);
            if (row.isBlank()) {
                return;
            }
            if (rows.size() > maxRows) {
                throw ImportProblems.tooManyRows(maxRows);
            }
            rows.add(row);
        }

        Sheet build() {
            if (rows.size() < 2) {
                throw ImportProblems.empty();
            }
            return new Sheet(rows);
        }
    }
}
