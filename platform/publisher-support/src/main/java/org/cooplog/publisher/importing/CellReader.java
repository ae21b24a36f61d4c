package org.cooplog.publisher.importing;

import java.util.List;
import java.util.regex.Pattern;
import org.cooplog.publisher.problem.JsonProblems;
import org.cooplog.publisher.request.MultiLine;
import org.cooplog.publisher.request.ShowableText;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Reads one cell into the JSON value its column's field takes, or says what is wrong with it. Each cell is checked
 * on its own against its field's type, so a row with several bad cells gets a problem for each.
 */
final class CellReader {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern SPREADSHEET_ERROR =
            Pattern.compile("#(N/A|REF!|VALUE!|DIV/0!|NAME\\?|NUM!|NULL!|SPILL!|CALC!)");

    private final JsonMapper json;

    CellReader(JsonMapper json) {
        this.json = json;
    }

    /**
     * @param text the cell's text, not blank
     */
    Read read(Column column, String text) {
        if (text.startsWith("#") && SPREADSHEET_ERROR.matcher(text).matches()) {
            return new Read(
                    null,
                    "Ô hiện lỗi bảng tính " + text + "; hãy nhập giá trị thay cho công thức",
                    "The cell shows the spreadsheet error " + text + "; enter the value instead of the formula");
        }
        var unshowable = ShowableText.problemIn(text, column.rule(MultiLine.class) != null);
        if (unshowable.isPresent()) {
            return new Read(
                    null,
                    "Văn bản " + unshowable.get().vi(),
                    "The text " + unshowable.get().en());
        }
        try {
            JsonNode value = value(column, text);
            if (!takenAsIs(column)) {
                json.treeToValue(value, typeOf(column));
            }
            return new Read(value, null, null);
        } catch (CellValues.Unreadable e) {
            return new Read(null, e.vi(), e.getMessage());
        } catch (DatabindException e) {
            String why = JsonProblems.fieldError(e, "").message();
            return new Read(null, "Giá trị không hợp lệ: " + why, "Invalid value: " + why);
        } catch (InputCoercionException e) {
            return new Read(null, "Giá trị không hợp lệ: số quá lớn", "Invalid value: the number is too large");
        } catch (JacksonException e) {
            return new Read(null, "Giá trị không hợp lệ", "Invalid value");
        }
    }

    private static JsonNode value(Column column, String text) {
        Class<?> type = (Class<?>) column.valueType();
        return switch (column.kind()) {
            case TEXT -> NODES.stringNode(text);
            case WHOLE_NUMBER -> CellValues.wholeNumber(text);
            case NUMBER -> CellValues.number(text);
            case YES_NO -> CellValues.yesNo(text);
            case CHOICE -> NODES.stringNode(CellValues.choice(type, text));
            case DATE -> NODES.stringNode(CellValues.date(text));
            case COUNTRY -> NODES.stringNode(CellValues.country(text));
            case ORGANISATION -> CellValues.organisation(text);
            case ORGANISATIONS -> CellValues.list(text, CellValues::organisation);
            case TEXTS -> CellValues.list(text, NODES::stringNode);
            case CHOICES -> CellValues.list(text, item -> NODES.stringNode(CellValues.choice(type, item)));
            case ITEMS -> CellValues.list(text, item -> CellValues.item(type, item));
        };
    }

    /**
     * Whether the value read is already of its field's type, so binding it again can find nothing: text for a text
     * field, and a choice, which {@link CellValues#choice} gives only as one of its type's constants.
     */
    private static boolean takenAsIs(Column column) {
        return switch (column.kind()) {
            case TEXT, TEXTS, COUNTRY -> column.valueType() == String.class;
            case CHOICE, CHOICES -> column.valueType() instanceof Class<?> type && type.isEnum();
            default -> false;
        };
    }

    private JavaType typeOf(Column column) {
        JavaType type = json.constructType(column.valueType());
        return switch (column.kind()) {
            case ORGANISATIONS, TEXTS, CHOICES, ITEMS ->
                json.getTypeFactory().constructCollectionType(List.class, type);
            default -> type;
        };
    }

    /** A cell's JSON value, or what is wrong with it in Vietnamese and English. */
    record Read(JsonNode value, String problem, String problemEn) {}
}
