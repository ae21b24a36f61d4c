package org.cooplog.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.cooplog.console.api.AccessTokens;
import org.cooplog.security.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * Finding things as an officer does: the timeline's search and date filter, an audited activity chosen by its title,
 * the log as of a day with an empty answer that explains itself, and error pages that keep the menu.
 */
@SpringBootTest
@AutoConfigureMockMvc
class FindingAndAuditPagesTests {

    static final FakeApis apis = new FakeApis();

    /** Two activities planned for the same day, recorded when the log was seeded. */
    static final String TWO_TRAININGS = """
            [{"activityId": "%s", "track": "bilateral", "kind": "TRAINING", "title": "Tập huấn Thanh tra Chính phủ",
              "titleEn": "Government Inspectorate training", "starts": "2021-10-18", "ends": "2021-10-20",
              "modality": "ONLINE", "status": "HELD", "partners": [], "organisers": [], "funders": [],
              "partnerCountry": "KR", "version": 2, "plannedAt": "2026-12-03T02:12:00Z",
              "lastRecordedAt": "2026-12-03T02:13:00Z"},
             {"activityId": "%s", "track": "ogp", "kind": "WORKSHOP", "title": "Tập huấn OGP",
              "titleEn": null, "starts": "2021-10", "ends": null, "modality": "IN_PERSON", "status": "PLANNED",
              "partners": [], "organisers": [], "funders": [], "partnerCountry": null, "version": 1,
              "plannedAt": "2026-12-03T02:20:00Z", "lastRecordedAt": "2026-12-03T02:20:00Z"}]
            """.formatted(FakeApis.ACTIVITY, FakeApis.OGP_ACTIVITY);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AccessTokens tokens;

    @DynamicPropertySource
    static void apis(DynamicPropertyRegistry registry) {
        apis.register(registry);
    }

    @AfterAll
    static void stopApis() {
        apis.close();
    }

    @BeforeEach
    void token() {
        when(tokens.current()).thenReturn("the-persons-token");
        apis.gets.clear();
        apis.answers.clear();
        apis.answers.put("/api/activities", Map.entry(200, TWO_TRAININGS));
    }

    @Test
    void theTimelineAsksForTheWordsAndTheDaysTypedAsPeopleInVietNamWriteThem() throws Exception {
        page(get("/activities")
                .param("q", " thanh tra ")
                .param("from", "01/10/2021")
                .param("to", "12/2021"));

        assertThat(apis.gets)
                .filteredOn(call -> call.startsWith("/api/activities?"))
                .containsExactly("/api/activities?q=thanh tra&from=2021-10-01&to=2021-12-31");
    }

    @Test
    void theTimelineHasASearchBoxAndDateInputsThatTakeTheVietnameseFormat() throws Exception {
        String page = page(get("/activities"));

        assertThat(page)
                .contains("Tìm theo tên hoạt động", "name=\"q\"")
                .contains("class=\"date\" inputmode=\"numeric\" placeholder=\"dd/mm/yyyy\" name=\"from\"")
                .contains("class=\"date\" inputmode=\"numeric\" placeholder=\"dd/mm/yyyy\" name=\"to\"")
                .doesNotContain("type=\"date\"");
    }

    @Test
    void aDateThatIsNoDateIsSaidNextToTheFilterInTheReadersLanguageAndNothingIsAsked() throws Exception {
        MockHttpServletResponse vietnamese = response(get("/activities").param("from", "31/02/2021"));
        MockHttpServletResponse english =
                response(get("/activities").param("from", "31/02/2021").param("lang", "en"));

        assertThat(vietnamese.getStatus()).isEqualTo(200);
        assertThat(text(vietnamese))
                .contains("Không phải một ngày. Hãy viết dd/mm/yyyy, ví dụ 01/10/2021")
                .contains("value=\"31/02/2021\"");
        assertThat(text(english)).contains("This is not a date. Write dd/mm/yyyy, e.g. 01/10/2021");
        assertThat(apis.gets).noneMatch(call -> call.startsWith("/api/activities"));
    }

    @Test
    void theTimelineShowsDaysAsDdMmYyyyAndEnglishTitlesInEnglish() throws Exception {
        String vietnamese = page(get("/activities"));
        String english = page(get("/activities").param("lang", "en"));

        assertThat(vietnamese)
                .contains("18/10/2021", "20/10/2021", "10/2021", "Tập huấn Thanh tra Chính phủ")
                .doesNotContain("2021-10-18", "Government Inspectorate training");
        assertThat(english).contains("Government Inspectorate training", "Tập huấn OGP");
    }

    @Test
    void wordsOfATitleWhereAnIdWasExpectedListTheMatchesWithTheirDatesEachALinkToItsHistory() throws Exception {
        MockHttpServletResponse answer = response(get("/audit/history").param("activity", "tập huấn"));

        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(text(answer))
                .contains("Tập huấn Thanh tra Chính phủ", "18/10/2021 – 20/10/2021", "Tập huấn OGP", "10/2021")
                .contains("href=\"/audit/history?activity=" + FakeApis.ACTIVITY + "\"")
                .contains("href=\"/audit/history?activity=" + FakeApis.OGP_ACTIVITY + "\"")
                .doesNotContain("Mã lỗi");
        assertThat(apis.gets)
                .contains("/api/activities?q=tập huấn&includeRetracted=true")
                .noneMatch(call -> call.startsWith("/api/audit/activities/"));
    }

    @Test
    void wordsOfOneTitleGoStraightToItsHistory() throws Exception {
        apis.answers.put(
                "/api/activities?q=OGP&includeRetracted=true",
                Map.entry(200, TWO_TRAININGS.substring(0, TWO_TRAININGS.indexOf("},") + 1) + "]"));

        MockHttpServletResponse answer = response(get("/audit/history").param("activity", "OGP"));

        assertThat(answer.getRedirectedUrl()).isEqualTo("/audit/history?activity=" + FakeApis.ACTIVITY);
    }

    @Test
    void noWordsAtAllAreAskedForOnTheAuditPageNotRefused() throws Exception {
        MockHttpServletResponse answer = response(get("/audit/history"));

        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(text(answer)).contains("Hãy gõ vài từ trong tên hoạt động, hoặc mã của nó.");
    }

    @Test
    void theHistoryIsNamedByTitleAndEveryEventHasADayAndATimeAsPeopleWriteThem() throws Exception {
        apis.answers.put("/api/audit/activities/" + FakeApis.ACTIVITY + "/history", Map.entry(200, """
                        {"activityId": "%s", "events": [
                          {"topic": "cooplog.bilateral.v1", "partition": 0, "offset": 7, "version": 1,
                           "eventType": "BilateralActivityPlanned", "occurredOn": null,
                           "recordedAt": "2026-12-03T02:12:00Z", "recordedBy": "desk.bilateral",
                           "change": {"plan": {"title": "Tập huấn Thanh tra Chính phủ", "starts": "2021-10-18"}},
                           "correction": null, "hash": "0123456789abcdef", "hashRight": true, "chained": true},
                          {"topic": "cooplog.bilateral.v1", "partition": 0, "offset": 9, "version": 2,
                           "eventType": "ActivityHeld", "occurredOn": "2021-10-19",
                           "recordedAt": "2026-12-03T03:00:00Z", "recordedBy": "desk.bilateral", "change": {},
                           "correction": null, "hash": "fedcba9876543210", "hashRight": true, "chained": true}]}
                        """.formatted(
                        FakeApis.ACTIVITY)));

        String page = page(get("/audit/history").param("activity", FakeApis.ACTIVITY));

        assertThat(page)
                .contains("Lịch sử ghi chép: Tập huấn Thanh tra Chính phủ")
                .contains("dự kiến 18/10/2021", "19/10/2021", "03/12/2026 09:12", "Phân vùng 0, vị trí 7")
                .doesNotContain("2026-12-03T", "2021-10-18", "cooplog.bilateral.v1/0@7");
    }

    @Test
    void asOfADayAsksForTheEndOfThatDayOnVietNamsClock() throws Exception {
        page(get("/audit/as-of").param("instant", "01/10/2021"));

        assertThat(apis.gets).contains("/api/audit/as-of?instant=2021-10-01T17:00:00Z");
    }

    @Test
    void anEmptyAnswerSaysTheLogHoldsNothingRecordedBeforeThenAndWhenTheFirstRecordWasMade() throws Exception {
        String vietnamese = page(get("/audit/as-of").param("instant", "2021-10-01"));
        String english = page(get("/audit/as-of").param("instant", "2021-10-01").param("lang", "en"));

        assertThat(vietnamese)
                .contains("Nhật ký như đã ghi đến hết ngày 01/10/2021 (giờ Việt Nam)")
                .contains("Nhật ký không có bản ghi nào được ghi trước thời điểm này. Bản ghi sớm nhất được ghi lúc"
                        + " 03/12/2026 09:12.")
                .doesNotContain("2021-10-01T", "2021-10-01");
        assertThat(english)
                .contains("The log holds no record made before this moment. The earliest record was made at"
                        + " 03/12/2026 09:12.");
    }

    @Test
    void aMomentThatCannotBeReadIsSaidOnTheAuditPageAndNothingIsAsked() throws Exception {
        MockHttpServletResponse answer = response(get("/audit/as-of").param("instant", "hôm qua"));

        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(text(answer)).contains("Không đọc được thời điểm này. Hãy viết ngày dd/mm/yyyy");
        assertThat(apis.gets).noneMatch(call -> call.startsWith("/api/audit/as-of"));
    }

    @Test
    void theVerificationsDurationHasADecimalCommaInVietnamese() throws Exception {
        apis.answers.put(
                "/api/audit/verify",
                Map.entry(
                        200,
                        "{\"ok\": true, \"records\": 1111, \"partitions\": 6, \"checkpointsChecked\": 0,"
                                + " \"seconds\": 1.111, \"findings\": []}"));

        assertThat(page(get("/audit/verify"))).contains("1,111 giây").doesNotContain("1.111");
        assertThat(page(get("/audit/verify").param("lang", "en"))).contains("1.111 seconds");
    }

    @Test
    void aFindingIsSaidInTheAuditorsWordsWithItsTechnicalDetailApart() throws Exception {
        apis.answers.put(
                "/api/audit/verify",
                Map.entry(
                        200,
                        "{\"ok\": false, \"records\": 30, \"partitions\": 6, \"checkpointsChecked\": 0,"
                                + " \"seconds\": 0.5, \"findings\": [{\"topic\": \"cooplog.bilateral.events\","
                                + " \"partition\": 2, \"offset\": 7, \"kind\": \"WRONG_HASH\","
                                + " \"detail\": \"hash 00ab is not the hash of the content\"}]}"));

        Document page = Jsoup.parse(page(get("/audit/verify")));

        assertThat(page.select("td .finding-meaning").text())
                .isEqualTo("Nội dung của sự kiện đã bị sửa sau khi được niêm phong: mã băm tính lại không trùng với"
                        + " mã băm đã ghi.");
        assertThat(page.select("details.technical code[lang=en][data-content]").text())
                .isEqualTo("hash 00ab is not the hash of the content");
        assertThat(page.select("details.technical summary").text()).isEqualTo("Chi tiết kỹ thuật (tiếng Anh)");
        assertThat(Jsoup.parse(page(get("/audit/verify").param("lang", "en")))
                        .select("td .finding-meaning")
                        .text())
                .startsWith("The event's content was changed after it was sealed");
    }

    @Test
    void aRefusedRequestKeepsTheMenuAndThePersonAndSaysWhatToDo() throws Exception {
        apis.answers.put(
                "/api/activities",
                Map.entry(400, "{\"status\": 400, \"title\": \"Bad Request\", \"detail\": \"Failed to convert\"}"));

        MockHttpServletResponse answer = response(get("/activities").param("status", "NOPE"));

        assertThat(answer.getStatus()).isEqualTo(400);
        assertThat(text(answer))
                .contains("<nav class=\"menu\"", "id=\"signed-in-as\">auditor<", "Kiểm tra nhật ký")
                .contains("<h1>Không thực hiện được</h1>", "Trang không hiểu yêu cầu này", "Về dòng thời gian")
                .doesNotContain("Failed to convert");
    }

    private String page(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = response(request);
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return text(response);
    }

    private MockHttpServletResponse response(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(auditor())).andReturn().getResponse();
    }

    private static String text(MockHttpServletResponse response) throws Exception {
        return HtmlUtils.htmlUnescape(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private static RequestPostProcessor auditor() {
        return oidcLogin()
                .idToken(token -> token.subject("auditor"))
                .authorities(List.of(new SimpleGrantedAuthority(Role.AUDITOR.authority())));
    }
}
