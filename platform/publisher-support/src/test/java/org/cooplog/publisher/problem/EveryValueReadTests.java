package org.cooplog.publisher.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;
import org.cooplog.events.common.Modality;
import org.cooplog.publisher.request.OrganisationRequest;
import org.cooplog.publisher.request.PartialDateValue;
import org.cooplog.publisher.request.ShowableTextDeserializer;
import org.cooplog.security.StrictJsonInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/** A body read to its end whatever its values, each value that cannot be read named on its field with its code. */
class EveryValueReadTests {

    record Details(
            Modality kind,
            Integer count,
            Double share,
            Boolean resumed,
            List<String> outcomes,
            @PositiveOrZero @Max(100_000) Integer participants) {}

    record Request(String title, PartialDateValue starts, Details details, List<OrganisationRequest> partners) {}

    private static final JsonMapper JSON = mapper();

    private static JsonMapper mapper() {
        JsonMapper.Builder builder = JsonMapper.builder();
        StrictJsonInput.apply(builder);
        return builder.addModule(
                        new SimpleModule("showable-text").addDeserializer(String.class, new ShowableTextDeserializer()))
                .addModule(EveryValueRead.module())
                .build();
    }

    private static UnreadableValues unreadable(String json) {
        return catchThrowableOfType(UnreadableValues.class, () -> JSON.readValue(json, Request.class));
    }

    @ParameterizedTest(name = "{0} gives {1} {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{\"starts\": \"15-03-2022\"}                      | starts              | date",
                "{\"starts\": 2022}                                | starts              | date",
                "{\"starts\": {\"day\": 1}}                        | starts              | date",
                "{\"title\": 12345}                                | title               | type",
                "{\"title\": [\"a\"]}                              | title               | type",
                "{\"title\": \"a\\u0007b\"}                        | title               | text",
                "{\"titel\": \"x\"}                                | titel               | unknownField",
                "{\"details\": {\"kind\": \"BY_PIGEON\"}}          | details.kind        | oneOf",
                "{\"details\": {\"kind\": 1}}                      | details.kind        | oneOf",
                "{\"details\": {\"kind\": \"\"}}                   | details.kind        | oneOf",
                "{\"details\": {\"count\": \"khoảng 20\"}}         | details.count       | wholeNumber",
                "{\"details\": {\"count\": 1.5}}                   | details.count       | wholeNumber",
                "{\"details\": {\"count\": true}}                  | details.count       | wholeNumber",
                "{\"details\": {\"count\": 99999999999}}           | details.count       | tooLarge",
                "{\"details\": {\"count\": -99999999999}}          | details.count       | tooSmall",
                "{\"details\": {\"share\": \"0,5\"}}               | details.share       | number",
                "{\"details\": {\"resumed\": \"yes\"}}             | details.resumed     | type",
                "{\"details\": {\"outcomes\": \"one\"}}            | details.outcomes    | type",
                "{\"details\": {\"outcomes\": [\"a\", 2]}}         | details.outcomes[1] | type",
                "{\"details\": \"x\"}                              | details             | type",
                "{\"partners\": [{\"name\": \"AFA\", \"cc\": 1}]}  | partners[0].cc      | unknownField",
                "{\"partners\": [{\"name\": \"AFA\"}, \"INSP\"]}   | partners[1]         | type"
            })
    void namesTheValueThatCannotBeReadWithItsCode(String json, String field, String code) {
        assertThat(unreadable(json).problems()).singleElement().satisfies(problem -> {
            assertThat(problem.field()).isEqualTo(field);
            assertThat(problem.code().code()).isEqualTo(code);
            assertThat(problem.message()).doesNotContain("java.", "tools.jackson", "`", "Exception");
        });
    }

    @Test
    void readsOnPastEveryMistakeAndKeepsWhatItCouldRead() {
        UnreadableValues unreadable = unreadable("""
                {"extra": {"nested": [1, 2]}, "title": "Hội thảo", "starts": "15-03-2022",
                 "details": {"kind": "ONLINE", "count": "khoảng 20", "outcomes": ["a", {}, "b"]},
                 "partners": [{"name": "AFA", "country": "FR"}]}
                """);

        assertThat(unreadable.problems())
                .extracting(FieldError::field)
                .containsExactlyInAnyOrder("extra", "starts", "details.count", "details.outcomes[1]");
        Request read = (Request) unreadable.value();
        assertThat(read.title()).isEqualTo("Hội thảo");
        assertThat(read.starts()).isNull();
        assertThat(read.details().kind()).isEqualTo(Modality.ONLINE);
        assertThat(read.details().count()).isNull();
        assertThat(read.details().outcomes()).containsExactly("a", null, "b");
        assertThat(read.partners()).containsExactly(new OrganisationRequest("AFA", null, null, "FR"));
    }

    @Test
    void theUnknownFieldListsTheFieldsTheObjectHas() {
        assertThat(unreadable("{\"details\": {\"kynd\": \"ONLINE\"}}")
                        .problems()
                        .get(0)
                        .allowed())
                .containsExactly("count", "kind", "outcomes", "participants", "resumed", "share");
    }

    @ParameterizedTest
    @CsvSource({
        "99999999999,  count,        tooLarge, 2147483647",
        "-99999999999, count,        tooSmall, -2147483648",
        "99999999999,  participants, tooLarge, 100000",
        "-99999999999, participants, tooSmall, 0"
    })
    void aNumberTooLargeToReadIsGivenTheBoundOfItsField(String number, String field, String code, long limit) {
        assertThat(unreadable("{\"details\": {\"" + field + "\": " + number + "}}")
                        .problems())
                .singleElement()
                .satisfies(problem -> {
                    assertThat(problem.code().code()).isEqualTo(code);
                    assertThat(problem.limit()).isEqualTo(limit);
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"[]", "\"x\"", "42", "{\"title\": ", "{\"title\": \"a\",}", "{} {}"})
    void aBodyThatIsNoObjectOrNoJsonStillFailsAsItIs(String json) {
        assertThat(catchThrowableOfType(JacksonException.class, () -> JSON.readValue(json, Request.class)))
                .isNotNull()
                .isNotInstanceOf(UnreadableValues.class);
    }

    @Test
    void aValueReadOnItsOwnFailsAsBefore() {
        assertThat(catchThrowableOfType(
                        JacksonException.class, () -> JSON.readValue("\"soon\"", PartialDateValue.class)))
                .isNotInstanceOf(UnreadableValues.class);
        assertThat(JSON.readValue("\"17/03/2022\"", PartialDateValue.class))
                .isEqualTo(PartialDateValue.parse("2022-03-17"));
    }

    @Test
    void eachObjectOfAListReadOnItsOwnIsAnsweredForItself() {
        UnreadableValues unreadable = catchThrowableOfType(
                UnreadableValues.class,
                () -> JSON.readValue(
                        "[{\"name\": \"AFA\"}, {\"name\": 5, \"country\": [\"FR\"]}]",
                        JSON.getTypeFactory().constructCollectionType(List.class, OrganisationRequest.class)));

        assertThat(unreadable.problems()).extracting(FieldError::field).containsExactly("[1].name", "[1].country");
    }

    @Test
    void aWellFormedBodyIsReadAsIt() {
        Request read = JSON.readValue(
                "{\"title\": \"x\", \"starts\": \"17/03/2022\", \"details\": {\"count\": 20}}", Request.class);

        assertThat(read.starts()).isEqualTo(PartialDateValue.parse("2022-03-17"));
        assertThat(read.details().count()).isEqualTo(20);
    }
}
