package org.cooplog.publisher.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The words of the import in each language, from {@code words.properties} and {@code words_en.properties}: column
 * labels and the words of choices are the console's own ({@code field.*}, {@code enum.*}), so a file is filled in with
 * the words the form shows; the rest is what the template and the problems say.
 */
final class ImportWords {

    private static final Map<Language, Properties> WORDS = new EnumMap<>(Map.of(
            Language.VI, load("words.properties"),
            Language.EN, load("words_en.properties")));

    private ImportWords() {}

    /** The text under the key, with its arguments filled in. */
    static String text(Language language, String key, Object... arguments) {
        String pattern = find(language, key).orElseThrow(() -> new IllegalStateException("no text " + key));
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(arguments);
    }

    static Optional<String> find(Language language, String key) {
        return Optional.ofNullable(WORDS.get(language).getProperty(key));
    }

    /** The label the form gives a field, e.g. "Tên hoạt động" for {@code plan.title}. */
    static Optional<String> label(Language language, String path) {
        return find(language, "field." + path);
    }

    /** The word the form shows for a choice, e.g. "Trực tiếp" for {@code IN_PERSON}; its name if it has none. */
    static String choice(Language language, Enum<?> constant) {
        return find(language, "enum." + constant.name()).orElse(constant.name());
    }

    static String yesNo(Language language, boolean yes) {
        return text(language, yes ? "yes" : "no");
    }

    /** Every key of one language, for the test that holds them to the console's. */
    static Properties all(Language language) {
        Properties copy = new Properties();
        copy.putAll(WORDS.get(language));
        return copy;
    }

    private static Properties load(String name) {
        Properties words = new Properties();
        try (InputStream in = ImportWords.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the build");
            }
            words.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
