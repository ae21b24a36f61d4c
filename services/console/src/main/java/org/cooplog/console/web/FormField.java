package org.cooplog.console.web;

import java.util.List;

/**
 * One input of a form. Its name is the field's path in the API's JSON body ({@code plan.partners[0].country}), so
 * the API's field errors land next to it, and the body is built from the names alone.
 *
 * @param options the values of a select, an empty one first unless {@code required}
 */
public record FormField(String name, Type type, List<String> options, boolean required) {

    /** How a field is typed in. */
    public enum Type {
        TEXT,
        DATE,
        NUMBER,
        SELECT,
        TEXTAREA
    }

    public static FormField text(String name) {
        return new FormField(name, Type.TEXT, List.of(), false);
    }

    public static FormField date(String name) {
        return new FormField(name, Type.DATE, List.of(), false);
    }

    public static FormField number(String name) {
        return new FormField(name, Type.NUMBER, List.of(), false);
    }

    public static FormField area(String name) {
        return new FormField(name, Type.TEXTAREA, List.of(), false);
    }

    public static FormField select(String name, String... options) {
        return new FormField(name, Type.SELECT, List.of(options), false);
    }

    public FormField mandatory() {
        return new FormField(name, type, options, true);
    }

    /** The message key of its label: the path without list indexes, {@code field.plan.partners.country}. */
    public String label() {
        return "field." + name.replaceAll("\\[\\d+]", "");
    }

    /** The message key of its hint, if it has one. */
    public String hint() {
        return "hint." + name.replaceAll("\\[\\d+]", "");
    }

    /** An HTML id for the input. */
    public String id() {
        return name.replaceAll("[^A-Za-z0-9]", "-");
    }
}
