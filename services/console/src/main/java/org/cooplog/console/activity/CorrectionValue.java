package org.cooplog.console.activity;

import java.util.regex.Pattern;

/**
 * The right value of a correction as typed: a whole number or true/false is sent as such, so numeric and yes/no
 * fields can be corrected; anything else as text.
 */
final class CorrectionValue {

    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,15}");

    private CorrectionValue() {}

    static Object parse(String typed) {
        String text = typed.strip();
        if (INTEGER.matcher(text).matches()) {
            return Long.valueOf(text);
        }
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        return text;
    }
}
