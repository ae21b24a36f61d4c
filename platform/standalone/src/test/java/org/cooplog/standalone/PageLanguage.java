package org.cooplog.standalone;

import static java.util.stream.Collectors.toCollection;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether what a page says is in the reader's language and free of the program's inner words: no field path
 * ({@code plan.title}, {@code outcomes[0]}), no enum constant ({@code IN_PERSON}, {@code WEBINAR}), no ISO date or
 * period ({@code 2021-10-18}, {@code 2026-M9}), no {@code true}/{@code false}; in Vietnamese no English sentence, in
 * English no Vietnamese word. It reads the texts a person sees or hears, one piece at a time, after the page has left
 * out what is data (titles, names: marked {@code data-content} or with the other language's {@code lang}).
 */
final class PageLanguage {

    /** The page's language, as its {@code lang} says. */
    enum Language {
        VIETNAMESE,
        ENGLISH
    }

    /** One text that should not be there, and why. */
    record Problem(String found, String why, String text) {

        @Override
        public String toString() {
            return why + ": «" + found + "» in «" + text + "»";
        }
    }

    private static final Pattern FIELD_PATH = Pattern.compile(
            "\\b[a-z][a-zA-Z0-9]+(?:\\[\\d+])?(?:\\.[a-z][a-zA-Z0-9]+(?:\\[\\d+])?)+\\b|\\b[a-z][a-zA-Z0-9]*\\[\\d+]");
    private static final Pattern CAMEL_CASE = Pattern.compile("\\b[a-z]+[A-Z][a-z]+[a-zA-Z]*\\b");
    /** What ends a file's or a web address's name, which is not a field path. */
    private static final Set<String> NAME_ENDINGS =
            Set.of("csv", "xlsx", "xls", "pdf", "docx", "html", "json", "txt", "vn", "com", "org", "net", "int", "gov");

    private static final Pattern UPPER_SNAKE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
    private static final Pattern UPPER_WORD = Pattern.compile("\\b[A-Z]{2,}\\b");
    /**
     * The one-word constants of the events' and the APIs' enums (schemas, statuses, periods, imports). File formats
     * (PDF, DOCX, CSV…) are left out: people say them as they are.
     */
    private static final Set<String> ENUM_WORDS = Set.of(
            "ADOPTED",
            "AGREED",
            "CALENDAR",
            "CHECKLIST",
            "COMMENTS",
            "CONSULTATION",
            "CONTRIBUTION",
            "DAY",
            "DECLARATION",
            "DRAFT",
            "HYBRID",
            "INBOUND",
            "MINUTES",
            "MONTH",
            "ONLINE",
            "OTHER",
            "OUTBOUND",
            "PARTNER",
            "QUARTER",
            "REPORT",
            "SIGNED",
            "SUBMITTED",
            "SUMMIT",
            "TRAINING",
            "UNSPECIFIED",
            "VIETNAM",
            "WEBINAR",
            "WORKSHOP",
            "YEAR",
            "PLANNED",
            "HELD",
            "POSTPONED",
            "CANCELLED",
            "RETRACTED",
            "OPEN",
            "DUE",
            "ISSUED",
            "COMPLETED",
            "REJECTED",
            "VALIDATING",
            "PUBLISHING",
            "FAILED",
            "ADMIN",
            "AUDITOR");

    private static final Pattern ISO_DATE = Pattern.compile(
            "\\b\\d{4}-\\d{2}-\\d{2}(?:T[\\d:.]+Z?)?|\\b\\d{4}-(?:0[1-9]|1[0-2])\\b|\\b\\d{4}-[MQHY]\\d*(?:-[a-z]+)?\\b");
    private static final Pattern BOOLEAN = Pattern.compile("\\b(?:true|false)\\b");
    private static final Pattern DECIMAL_POINT_SECONDS = Pattern.compile("\\b\\d+\\.\\d+\\s?s\\b");

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    /** The product's accounts, which are people's names (data) that happen to look like field paths. */
    private static final Pattern ACCOUNT =
            Pattern.compile("\\b(?:desk\\.(?:bilateral|uncac|aseanpac|apec|ogp)|report\\.officer)\\b");
    /** Words of English sentences that Vietnamese never writes; "to", "an", "in", "no" are Vietnamese words too. */
    private static final Set<String> ENGLISH_WORDS = Set.of(
            "the",
            "must",
            "is",
            "not",
            "of",
            "and",
            "be",
            "are",
            "was",
            "has",
            "have",
            "been",
            "cannot",
            "can",
            "should",
            "will",
            "this",
            "that",
            "with",
            "from",
            "which",
            "it",
            "its",
            "at",
            "for",
            "or",
            "by",
            "than",
            "null",
            "blank",
            "before",
            "after",
            "wrong",
            "type",
            "value",
            "expected",
            "invalid",
            "required",
            "please");
    /** One of these alone is a sentence of the program or the name of one of its fields. */
    private static final Set<String> TELLING_ENGLISH_WORDS = Set.of(
            "must",
            "cannot",
            "should",
            "null",
            "blank",
            "deserialize",
            "invalid",
            "expected",
            "starts",
            "ends",
            "title",
            "modality",
            "venue",
            "partners",
            "summary",
            "kind",
            "topic",
            "outcomes",
            "participants",
            "side",
            "reason",
            "version");

    private static final Pattern VIETNAMESE_LETTER = Pattern.compile(
            "[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]", Pattern.CASE_INSENSITIVE);

    private PageLanguage() {}

    /** What is wrong in the texts of a page in the given language; empty when the page speaks as it should. */
    static List<Problem> problems(List<String> texts, Language language) {
        List<Problem> problems = new ArrayList<>();
        for (String text : texts) {
            problems.addAll(problems(text, language));
        }
        return problems;
    }

    static List<Problem> problems(String said, Language language) {
        String text = ACCOUNT.matcher(said).replaceAll("");
        List<Problem> problems = new ArrayList<>();
        each(FIELD_PATH, text, path -> !NAME_ENDINGS.contains(path.substring(path.lastIndexOf('.') + 1)))
                .forEach(found -> problems.add(new Problem(found, "an internal field path", said)));
        each(CAMEL_CASE, text, word -> true)
                .forEach(found -> problems.add(new Problem(found, "an internal field name", said)));
        each(UPPER_SNAKE, text, word -> true)
                .forEach(found -> problems.add(new Problem(found, "an enum constant", said)));
        each(UPPER_WORD, text, ENUM_WORDS::contains)
                .forEach(found -> problems.add(new Problem(found, "an enum constant", said)));
        each(ISO_DATE, text, date -> true)
                .forEach(found -> problems.add(new Problem(found, "an ISO date or period", said)));
        each(BOOLEAN, text, word -> true)
                .forEach(found -> problems.add(new Problem(found, "a true/false of the program", said)));
        if (language == Language.VIETNAMESE) {
            each(DECIMAL_POINT_SECONDS, text, number -> true)
                    .forEach(found -> problems.add(new Problem(found, "a decimal point, not comma", said)));
            englishSentence(text).ifPresent(found -> problems.add(new Problem(found, "English in Vietnamese", said)));
        } else {
            each(WORD, text, word -> VIETNAMESE_LETTER.matcher(word).find())
                    .forEach(found -> problems.add(new Problem(found, "Vietnamese in English", said)));
        }
        return problems;
    }

    private static Optional<String> englishSentence(String text) {
        List<String> words = each(WORD, text, word -> true).stream()
                .map(word -> word.toLowerCase(Locale.ROOT))
                .toList();
        Set<String> english = words.stream().filter(ENGLISH_WORDS::contains).collect(toCollection(LinkedHashSet::new));
        List<String> telling =
                words.stream().filter(TELLING_ENGLISH_WORDS::contains).toList();
        if (english.size() >= 2) {
            return Optional.of(String.join(" ", english));
        }
        return telling.stream().findFirst();
    }

    private static List<String> each(Pattern pattern, String text, Predicate<String> counts) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (counts.test(matcher.group())) {
                found.add(matcher.group());
            }
        }
        return found;
    }
}
