package org.cooplog.publisher.importing;

import com.fasterxml.jackson.annotation.JsonCreator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.Annotation;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.cooplog.publisher.importing.Column.Kind;
import org.cooplog.publisher.request.OrganisationRequest;
import org.cooplog.publisher.request.PartialDateValue;
import org.cooplog.publisher.validation.CountryCode;

/**
 * Finds the columns of a track's request type by walking its records: each scalar field is a column, nested records
 * add their fields under their own path, and lists become one cell with separators. A list of records that nest
 * further has no cell form and is left out. A column is required when its field and every record above it are.
 */
final class RequestColumns {

    private static final Pattern HINT = Pattern.compile("\\s*\\([^)]*\\)$");
    private static final Set<Class<? extends Annotation>> REQUIRED =
            Set.of(NotNull.class, NotBlank.class, NotEmpty.class);

    private final List<Column> columns = new ArrayList<>();
    private final List<String> requiredRecords = new ArrayList<>();

    private RequestColumns() {}

    static ColumnCatalog of(Class<?> requestType) {
        if (!requestType.isRecord()) {
            throw new IllegalArgumentException(requestType + " is not a record, so its columns cannot be derived");
        }
        RequestColumns found = new RequestColumns();
        found.walk(requestType, "", true);
        return new ColumnCatalog(found.columns, found.requiredRecords);
    }

    private void walk(Class<?> record, String prefix, boolean required) {
        for (RecordComponent component : record.getRecordComponents()) {
            String path = prefix + component.getName();
            boolean isRequired = required && isRequired(component);
            Class<?> type = component.getType();
            if (List.class.isAssignableFrom(type)) {
                list(component, path, elementOf(component.getGenericType()), isRequired);
            } else if (type.isRecord() && type != OrganisationRequest.class && !readsFromText(type)) {
                if (isRequired) {
                    requiredRecords.add(path);
                }
                walk(type, path + ".", isRequired);
            } else {
                add(component, path, scalar(type), type, isRequired);
            }
        }
    }

    private void list(RecordComponent component, String path, Class<?> element, boolean required) {
        if (element == OrganisationRequest.class) {
            add(component, path, Kind.ORGANISATIONS, element, required);
        } else if (element.isEnum()) {
            add(component, path, Kind.CHOICES, element, required);
        } else if (element.isRecord() && !readsFromText(element)) {
            if (Arrays.stream(element.getRecordComponents()).allMatch(c -> isScalar(c.getType()))) {
                add(component, path, Kind.ITEMS, element, required);
            }
        } else if (isScalar(element)) {
            add(component, path, Kind.TEXTS, element, required);
        }
    }

    private void add(RecordComponent component, String path, Kind kind, Type valueType, boolean required) {
        Kind read = kind == Kind.TEXT && isCountry(component) ? Kind.COUNTRY : kind;
        columns.add(new Column(path, read, valueType, required, labels(path), component));
    }

    /** The form's label in each language, each also without its bracketed hint, then the older names. */
    private static List<String> labels(String path) {
        Set<String> labels = new LinkedHashSet<>();
        for (Language language : Language.values()) {
            ImportWords.label(language, path).ifPresent(label -> {
                labels.add(label);
                labels.add(HINT.matcher(label).replaceAll(""));
            });
        }
        labels.addAll(ColumnLabels.of(path));
        return List.copyOf(labels);
    }

    /**
     * A text field that holds a country code: any country, or one of a few the rule lists as {@code BN|ID|KH}.
     */
    private static boolean isCountry(RecordComponent component) {
        if (annotated(component, CountryCode.class) != null) {
            return true;
        }
        jakarta.validation.constraints.Pattern pattern =
                annotated(component, jakarta.validation.constraints.Pattern.class);
        return pattern != null && Countries.listedIn(pattern.regexp()).isPresent();
    }

    private static <A extends Annotation> A annotated(RecordComponent component, Class<A> type) {
        A onComponent = component.getAnnotation(type);
        return onComponent != null ? onComponent : component.getAccessor().getAnnotation(type);
    }

    private static Kind scalar(Class<?> type) {
        if (type == PartialDateValue.class) {
            return Kind.DATE;
        }
        if (type == OrganisationRequest.class) {
            return Kind.ORGANISATION;
        }
        if (type.isEnum()) {
            return Kind.CHOICE;
        }
        if (Set.of(Integer.class, int.class, Long.class, long.class, Short.class, short.class)
                .contains(type)) {
            return Kind.WHOLE_NUMBER;
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return Kind.NUMBER;
        }
        if (type == Boolean.class || type == boolean.class) {
            return Kind.YES_NO;
        }
        return Kind.TEXT;
    }

    private static boolean isScalar(Class<?> type) {
        return !List.class.isAssignableFrom(type)
                && !java.util.Map.class.isAssignableFrom(type)
                && type != Object.class
                && (!type.isRecord() || readsFromText(type));
    }

    /** A record Jackson reads from one string, such as a partial date. */
    private static boolean readsFromText(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .anyMatch(m -> Modifier.isStatic(m.getModifiers())
                        && m.isAnnotationPresent(JsonCreator.class)
                        && m.getParameterCount() == 1
                        && m.getParameterTypes()[0] == String.class);
    }

    private static boolean isRequired(RecordComponent component) {
        return component.getType().isPrimitive()
                || REQUIRED.stream()
                        .anyMatch(a -> component.getAccessor().isAnnotationPresent(a)
                                || component.getAnnotatedType().isAnnotationPresent(a));
    }

    private static Class<?> elementOf(Type listType) {
        if (listType instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element;
        }
        return Object.class;
    }
}
