package org.cooplog.publisher.importing;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cooplog.publisher.problem.FieldError;
import org.cooplog.publisher.problem.JsonProblems;
import org.cooplog.publisher.request.Text;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns one row into the track's request by the same route as a JSON request takes (Jackson, then the Jakarta
 * rules), and pins each problem to the cell the user has to fix. A problem already said for the whole file (a
 * missing column) or for the cell (a value of the wrong form) is not said again by the rules.
 *
 * @param <R> the track's request type
 */
final class RowReader<R> {

    private final Class<R> type;
    private final ColumnCatalog catalog;
    private final ColumnCatalog.Header header;
    private final CellReader cells;
    private final JsonMapper json;
    private final Validator validator;

    RowReader(Class<R> type, ColumnCatalog catalog, ColumnCatalog.Header header, JsonMapper json, Validator validator) {
        this.type = type;
        this.catalog = catalog;
        this.header = header;
        this.cells = new CellReader(json);
        this.json = json;
        this.validator = validator;
    }

    /** The request, or every problem of the row. */
    Result<R> read(Sheet.Row row) {
        ObjectNode tree = json.createObjectNode();
        catalog.requiredRecords().forEach(path -> objectAt(tree, path));
        List<RowProblem> problems = new ArrayList<>();
        Map<String, Column> columnOf = new HashMap<>();
        for (int i = 0; i < row.cells().size(); i++) {
            String text = Text.nfc(row.cell(i));
            Column column = header.columns().get(i);
            if (column == null) {
                if (!text.isEmpty() && !header.texts().containsKey(i)) {
                    problems.add(RowProblem.ofRow(
                            row.number(),
                            null,
                            "Ô ở cột thứ " + (i + 1) + " có giá trị nhưng cột không có tiêu đề",
                            "The cell in column " + (i + 1) + " has a value but its column has no header"));
                }
                continue;
            }
            columnOf.put(column.path(), column);
            if (text.isEmpty()) {
                continue;
            }
            CellReader.Read read = cells.read(column, text);
            if (read.value() == null) {
                problems.add(RowProblem.in(row.number(), column, column.path(), read.problem(), read.problemEn()));
            } else {
                objectAt(tree, parent(column.path())).set(last(column.path()), read.value());
            }
        }
        R request;
        try {
            request = json.treeToValue(tree, type);
        } catch (DatabindException e) {
            for (FieldError error : JsonProblems.fieldErrors(e, "")) {
                problems.add(at(
                        row.number(),
                        columnFor(error.field(), columnOf),
                        error.field(),
                        "Giá trị không hợp lệ",
                        "Invalid value: " + error.message()));
            }
            return new Result<>(null, problems);
        } catch (JacksonException e) {
            problems.add(RowProblem.ofRow(row.number(), null, "Không đọc được dòng", "The row cannot be read"));
            return new Result<>(null, problems);
        }
        List<RowProblem> broken = new ArrayList<>();
        for (ConstraintViolation<R> violation : validator.validate(request)) {
            String field = fieldOf(violation);
            if (alreadySaid(field, problems)) {
                continue;
            }
            broken.add(at(
                    row.number(),
                    columnFor(field, columnOf),
                    field,
                    ConstraintTexts.of(violation, Language.VI),
                    ConstraintTexts.of(violation, Language.EN)));
        }
        broken.sort(java.util.Comparator.comparing(RowProblem::field));
        problems.addAll(broken);
        return new Result<>(problems.isEmpty() ? request : null, problems);
    }

    private boolean alreadySaid(String field, List<RowProblem> problems) {
        String bare = field.replaceAll("\\[\\d+]", "");
        return header.missingRequired().stream().anyMatch(path -> within(path, bare) || within(bare, path))
                || problems.stream().anyMatch(p -> p.field() != null && within(bare, p.field()));
    }

    private static RowProblem at(int row, Optional<Column> column, String field, String problem, String problemEn) {
        return column.map(c -> RowProblem.in(row, c, field, problem, problemEn))
                .orElseGet(() -> RowProblem.ofRow(row, field, problem, problemEn));
    }

    /** The column that holds the field, or the nearest column that holds a part of it. */
    private static Optional<Column> columnFor(String field, Map<String, Column> columnOf) {
        for (String path = field.replaceAll("\\[\\d+]", ""); !path.isEmpty(); path = parent(path)) {
            if (columnOf.containsKey(path)) {
                return Optional.of(columnOf.get(path));
            }
        }
        return Optional.empty();
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        return violation.getPropertyPath().toString().replaceAll("\\.<[^>]+>", "");
    }

    private static boolean within(String field, String path) {
        return field.equals(path) || field.startsWith(path + ".");
    }

    private static String parent(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? "" : path.substring(0, dot);
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('.') + 1);
    }

    private static ObjectNode objectAt(ObjectNode root, String path) {
        ObjectNode node = root;
        for (String name : path.split("\\.")) {
            if (!name.isEmpty()) {
                node = node.withObjectProperty(name);
            }
        }
        return node;
    }

    /** A row read: the request when the row has no problem, else null and its problems. */
    record Result<R>(R request, List<RowProblem> problems) {}
}
