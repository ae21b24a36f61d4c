package org.cooplog.publisher.importing;

import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.List;

/**
 * A column an import understands: the field of the track's request its cells fill, how a cell is read, and whether
 * every file must have it.
 *
 * @param path the field's JSON path in the request, e.g. {@code plan.venue.city}; also accepted as the header
 * @param valueType the field's Java type, for lists the type of one item
 * @param labels the other headers accepted for it: the form's label in each language first, then older names
 * @param field the record component behind the column, which carries its constraints
 */
record Column(String path, Kind kind, Type valueType, boolean required, List<String> labels, RecordComponent field) {

    Column {
        labels = List.copyOf(labels);
    }

    /** The column's name in a template and in problems: the form's label for the field, else its path. */
    String label(Language language) {
        return ImportWords.label(language, path).orElse(labels.isEmpty() ? path : labels.get(0));
    }

    /**
     * A constraint of the field, wherever Java put it: on the component itself, or on its accessor when the
     * annotation cannot target record components.
     */
    <A extends Annotation> A rule(Class<A> type) {
        A onComponent = field.getAnnotation(type);
        return onComponent != null ? onComponent : field.getAccessor().getAnnotation(type);
    }

    /** How one cell becomes the field's JSON value. */
    enum Kind {
        /** As written. */
        TEXT,
        /** {@code 12}; a spreadsheet's {@code 12.0} too. */
        WHOLE_NUMBER,
        NUMBER,
        /** có / không, yes / no, x. */
        YES_NO,
        /** One of an enumeration, by the word the form shows for it in either language, or by its name. */
        CHOICE,
        /** A country: {@code Hàn Quốc (KR)}, {@code Hàn Quốc}, {@code Korea} or {@code KR}; see {@link Countries}. */
        COUNTRY,
        /** {@code 2021-10-18}, {@code 2021-09}, {@code 2021}, or {@code 18/10/2021} and {@code 9/2021}. */
        DATE,
        /** {@code Trường Hành chính công Cộng hòa Pháp [INSP] (FR)}. */
        ORGANISATION,
        /** Organisations separated by {@code ;} or line breaks. */
        ORGANISATIONS,
        /** Texts separated by {@code ;} or line breaks. */
        TEXTS,
        /** Choices separated by {@code ;} or line breaks. */
        CHOICES,
        /** Items separated by {@code ;}, the fields of each by {@code |}, in their order in the request. */
        ITEMS
    }
}
