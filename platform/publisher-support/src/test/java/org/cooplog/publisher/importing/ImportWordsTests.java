package org.cooplog.publisher.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.cooplog.events.apec.ApecActivityKind;
import org.cooplog.events.aseanpac.AseanPacActivityKind;
import org.cooplog.events.bilateral.BilateralActivityKind;
import org.cooplog.events.common.DelegationDirection;
import org.cooplog.events.common.Modality;
import org.cooplog.events.ogp.OgpActivityKind;
import org.cooplog.events.uncac.ReviewPhase;
import org.cooplog.events.uncac.ReviewRole;
import org.cooplog.events.uncac.UncacActivityKind;
import org.cooplog.events.uncac.UncacBody;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The import's words are the console's: a column is headed by the label the form gives its field, and a choice is
 * written with the word the form's select shows, in each language. The console is a separate service that does not
 * depend on this library, so its message files are read from the repository and compared key for key.
 */
class ImportWordsTests {

    private static final Path CONSOLE = Path.of("../../services/console/src/main/resources");

    private static final List<Class<? extends Enum<?>>> CHOICES = List.of(
            Modality.class,
            DelegationDirection.class,
            BilateralActivityKind.class,
            UncacActivityKind.class,
            ReviewRole.class,
            ReviewPhase.class,
            UncacBody.class,
            ApecActivityKind.class,
            AseanPacActivityKind.class,
            OgpActivityKind.class);

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyLabelAndChoiceTheConsoleShowsIsTheImportsWordForIt(Language language) throws IOException {
        Properties console = console(language);
        Properties words = ImportWords.all(language);
        List<String> compared = new ArrayList<>();
        for (String key : words.stringPropertyNames()) {
            if (!key.startsWith("field.") && !key.startsWith("enum.")) {
                continue;
            }
            String consoleKey = console.containsKey(key) ? key : key + ".name";
            if (console.containsKey(consoleKey)) {
                assertThat(words.getProperty(key)).as(key).isEqualTo(console.getProperty(consoleKey));
                compared.add(key);
            }
        }
        List<String> consoleChoices = console.stringPropertyNames().stream()
                .filter(key -> key.startsWith("enum."))
                .filter(key -> CHOICES.stream().anyMatch(type -> constants(type).contains(key.substring(5))))
                .toList();

        assertThat(compared).as("labels and choices compared").hasSizeGreaterThan(60);
        assertThat(compared).containsAll(consoleChoices);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyChoiceOfEveryTrackHasItsOwnWord(Language language) {
        for (Class<? extends Enum<?>> type : CHOICES) {
            Map<String, List<String>> byWord = Arrays.stream(type.getEnumConstants())
                    .filter(constant -> !constant.name().equals("UNSPECIFIED"))
                    .collect(Collectors.groupingBy(
                            constant -> ColumnLabels.key(ImportWords.choice(language, constant)),
                            Collectors.mapping(Enum::name, Collectors.toList())));

            assertThat(byWord.values()).as(type.getSimpleName()).allMatch(names -> names.size() == 1);
            assertThat(byWord.keySet())
                    .as(type.getSimpleName() + " has no constant shown as it is")
                    .noneMatch(word -> constants(type).stream()
                            .anyMatch(name ->
                                    name.contains("_") && ColumnLabels.key(name).equals(word)));
            for (Enum<?> constant : type.getEnumConstants()) {
                assertThat(CellValues.choice(type, ImportWords.choice(language, constant)))
                        .isEqualTo(constant.name());
            }
        }
    }

    private static List<String> constants(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
    }

    private static Properties console(Language language) throws IOException {
        Properties messages = new Properties();
        String name = language == Language.EN ? "messages_en.properties" : "messages.properties";
        try (Reader in = Files.newBufferedReader(CONSOLE.resolve(name), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        return messages;
    }
}
