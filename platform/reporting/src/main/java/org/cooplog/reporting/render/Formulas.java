package org.cooplog.reporting.render;

/**
 * Text a spreadsheet would take for a formula when a reader types over it or opens it as CSV: it starts with =, +,
 * -, @, a tab or a carriage return. Titles and names are typed by users, so the CSV and XLSX defuse them.
 */
final class Formulas {

    private Formulas() {}

    static boolean looksLikeOne(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }
}
