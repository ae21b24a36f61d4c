package org.cooplog.publisher.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.cooplog.publisher.log.IfMatch;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** If-Match as RFC 9110 writes it: {@code *} or a list of entity tags, of which only strong ones can match. */
class CommandsTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            "2"                  | false | 2   | false
            W/"2"                | false |     | true
            *                    | true  |     | false
            "1", W/"2" ,"3"      | false | 1 3 | false
            W/"1", W/"2"         | false |     | true
            "abc"                | false |     | false
            "2", "2,3"           | false | 2   | false
            """)
    void readsTheConditionAsTheRfcDefinesIt(String header, boolean any, String versions, boolean weakOnly) {
        List<Integer> expected = versions == null
                ? List.of()
                : Arrays.stream(versions.split(" ")).map(Integer::valueOf).toList();

        assertThat(Commands.ifMatch(header)).isEqualTo(new IfMatch(any, expected, weakOnly));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "\"2", "W/2", "w/\"2\"", "\"1\" \"2\"", "\"2\";x", ",", "**", "\"2\", *"})
    void refusesWhatIsNoConditionAt400(String header) {
        assertThatThrownBy(() -> Commands.ifMatch(header))
                .isInstanceOfSatisfying(
                        ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST));
    }
}
