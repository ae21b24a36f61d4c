package org.cooplog.model;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as a search compares it: without case or diacritics, so that "thanh tra", "THANH TRA" and "Thanh tra" are
 * the same words. Đ and đ do not decompose into a d and a mark, so they are turned into d by hand.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_A_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private SearchText() {}

    /** The text without case, diacritics or anything between its words but one space. */
    public static String fold(String text) {
        return String.join(" ", words(text));
    }

    /** The words of the text without case or diacritics, in order. */
    public static List<String> words(String text) {
        if (text == null) {
            return List.of();
        }
        String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                .replaceAll("")
                .replace('đ', 'd')
                .replace('Đ', 'D')
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(NOT_A_WORD.split(bare))
                .filter(word -> !word.isEmpty())
                .toList();
    }

    /** Whether the two name the same thing once folded: "Hàn Quốc" and "han quoc". */
    public static boolean same(String one, String other) {
        return !fold(one).isEmpty() && fold(one).equals(fold(other));
    }

    /** Whether the words of the phrase stand one after another in the text, whole: "han quoc" in "của Hàn Quốc". */
    public static boolean hasPhrase(String text, String phrase) {
        String wanted = fold(phrase);
        return !wanted.isEmpty() && (" " + fold(text) + " ").contains(" " + wanted + " ");
    }

    /** Whether every word asked for begins a word of the text, in any order: "dao tao truc" in "đào tạo trực tuyến". */
    public static boolean hasEveryWord(String text, String asked) {
        List<String> wanted = words(asked);
        List<String> words = words(text);
        return !wanted.isEmpty() && wanted.stream().allMatch(w -> words.stream().anyMatch(word -> word.startsWith(w)));
    }
}
