package org.cooplog.publisher.request;

import java.util.Optional;

/**
 * The one rule for text a person typed: it must be shown and stored as it was written, in the console, the reports
 * and the audit alike. So it holds no control characters (tab and line breaks only where the field is written over
 * several lines), no half of a surrogate pair, no Unicode noncharacter, and no bidirectional override or isolate,
 * which can make a title read differently from what it is. Text with invisible characters and nothing visible is
 * refused too: it would pass for filled in while showing nothing.
 */
public final class ShowableText {

    private ShowableText() {}

    /** Why a text breaks the rule, in English and Vietnamese. */
    public record Problem(String en, String vi) {}

    /**
     * @param multiLine whether tab and line breaks belong in the field
     * @return why the text cannot be taken, or empty when it can
     */
    public static Optional<Problem> problemIn(String text, boolean multiLine) {
        boolean visible = false;
        boolean invisible = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = text.codePointAt(i++);
                if (isNoncharacter(codePoint)) {
                    return Optional.of(noncharacter(codePoint));
                }
                visible = true;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(new Problem(
                        "contains a broken character (half of a surrogate pair); type the text again",
                        "có ký tự hỏng (nửa cặp surrogate); hãy gõ lại văn bản"));
            } else if (c == '\t' || c == '\n' || c == '\r') {
                if (!multiLine) {
                    return Optional.of(new Problem(
                            "is a single line: it may not contain tabs or line breaks",
                            "chỉ được viết trên một dòng, không có ký tự tab hay xuống dòng"));
                }
            } else if (Character.getType(c) == Character.CONTROL) {
                return Optional.of(new Problem(
                        String.format("contains the control character U+%04X, which cannot be shown", (int) c),
                        String.format("có ký tự điều khiển U+%04X, không hiển thị được", (int) c)));
            } else if (isBidiControl(c)) {
                return Optional.of(new Problem(
                        String.format(
                                "contains the bidirectional control U+%04X, which can make text read differently from"
                                        + " what it is",
                                (int) c),
                        String.format(
                                "có ký tự điều khiển hướng chữ U+%04X, có thể làm văn bản hiển thị sai", (int) c)));
            } else if (isNoncharacter(c)) {
                return Optional.of(noncharacter(c));
            } else if (Character.isWhitespace(c)) {
                continue;
            } else if (isInvisible(c)) {
                invisible = true;
            } else {
                visible = true;
            }
        }
        if (invisible && !visible) {
            return Optional.of(new Problem(
                    "has only invisible characters: nothing in it can be seen",
                    "chỉ có ký tự vô hình, không có gì nhìn thấy được"));
        }
        return Optional.empty();
    }

    private static Problem noncharacter(int codePoint) {
        return new Problem(
                String.format("contains U+%04X, which is not a character", codePoint),
                String.format("có U+%04X, không phải là một ký tự", codePoint));
    }

    private static boolean isBidiControl(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    private static boolean isNoncharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }

    /**
     * The characters that show nothing and are no ordinary blank: no-break and other spaces, zero-width spaces and
     * joiners, fillers, the byte order mark.
     */
    private static boolean isInvisible(int c) {
        return Character.isSpaceChar(c)
                || Character.getType(c) == Character.FORMAT
                || c == 0x034F
                || c == 0x115F
                || c == 0x1160
                || c == 0x3164
                || c == 0xFFA0
                || c == 0x2800;
    }
}
