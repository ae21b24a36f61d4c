package org.cooplog.faults.results;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One scenario's line in the table, and the paragraph of figures under it. */
record ResultRow(
        int number,
        String title,
        String operations,
        String lost,
        String duplicated,
        String recovery,
        String outcome,
        String details,
        String date) {

    private static final Pattern TABLE_LINE = Pattern.compile("^\\| (\\d+)\\. (.*)$");
    private static final Pattern DETAIL_LINE = Pattern.compile("^- \\*\\*(\\d+)\\.\\*\\* (.*)$");

    String tableLine() {
        return "| %d. %s | %s | %s | %s | %s | %s | %s |"
                .formatted(number, cell(title), cell(operations), lost, duplicated, recovery, cell(outcome), date);
    }

    String detailLine() {
        return "- **%d.** %s".formatted(number, details.isBlank() ? "(no figures recorded)" : details);
    }

    /** A row as an earlier run wrote it, from its table line and its detail line. */
    static Optional<ResultRow> parse(String tableLine, String detailLine) {
        Matcher table = TABLE_LINE.matcher(tableLine);
        if (!table.matches()) {
            return Optional.empty();
        }
        String[] cells = table.group(2).split(" \\| ", -1);
        if (cells.length != 7) {
            return Optional.empty();
        }
        Matcher detail = detailLine == null ? null : DETAIL_LINE.matcher(detailLine);
        String details = detail != null && detail.matches() ? detail.group(2) : "";
        return Optional.of(new ResultRow(
                Integer.parseInt(table.group(1)),
                cells[0],
                cells[1],
                cells[2],
                cells[3],
                cells[4],
                cells[5],
                details,
                cells[6].replaceAll("\\s*\\|$", "")));
    }

    static Optional<Integer> detailNumber(String line) {
        Matcher detail = DETAIL_LINE.matcher(line);
        return detail.matches() ? Optional.of(Integer.parseInt(detail.group(1))) : Optional.empty();
    }

    private static String cell(String text) {
        return text.replace("|", "/").replace("\n", " ");
    }
}
