package org.cooplog.console.web;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One input of a form. Its name is the field's path in the API's JSON body ({@code plan.partners[0].country}), so
 * the API's field errors land next to it, and the body is built from the names alone.
 *
 * @param options the values of a select, an empty one first unless {@code required}; for a country, the codes it
 *     may be (the list it offers), all countries when empty
 */
public record FormField(String name, Type type, List<String> options, boolean required) {

    /** How a field is typed in. */
    public enum Type {
        TEXT,
        DATE,
        NUMBER,
        SELECT,
        TEXTAREA,
        /** A country chosen by its name; the API gets its ISO code. */
        COUNTRY
    }

    private static final Pattern ROW = Pattern.compile("^(.*?\\[(\\d+)])\\..*");

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

    public static FormField country(String name, String... codes) {
        return new FormField(name, Type.COUNTRY, List.of(codes), false);
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

    /** The id of the message next to the input, which the input names in {@code aria-describedby}. */
    public String errorId() {
        return id() + "-error";
    }

    public String hintId() {
        return id() + "-hint";
    }

    /**
     * The row a field of a list belongs to, {@code plan.partners[1]} for {@code plan.partners[1].name}, so a page can
     * add rows; empty for a field of no list.
     */
    public String row() {
        Matcher row = ROW.matcher(name);
        return row.matches() ? row.group(1) : "";
    }

    /** The row's number as people count, 2 for {@code plan.partners[1].name}; 0 for a field of no list. */
    public int rowNumber() {
        Matcher row = ROW.matcher(name);
        return row.matches() ? Integer.parseInt(row.group(2)) + 1 : 0;
    }
}
