package org.cooplog.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.cooplog.console.api.AccessTokens;
import org.cooplog.security.Role;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * The activity page and the forms of its steps as an officer reads them: labels and words instead of paths, codes and
 * ISO times; only the steps the activity can take; a held activity with as many outcomes and sides as it had; a
 * correction chosen by the field's name and started from its value.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ActivityStepsPageTests {

    static final FakeApis apis = new FakeApis();

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
        apis.posts.clear();
    }

    @Test
    void theActivityPageShowsLabelsAndValuesInWordsAndNoPathCodeOrIsoTime() throws Exception {
        String text = text(page(get("/activities/{id}", FakeApis.HELD_ACTIVITY), Role.DESK_UNCAC));

        assertThat(text)
                .contains("Phiên tiếp nối Không")
                .contains("Nhóm rà soát thực thi (IRG)")
                .contains("Kết quả 1 Thông qua báo cáo", "Kết quả 3 Thống nhất lịch rà soát")
                .contains("Thành phần 1 — Bên Việt Nam", "Thành phần 2 — Bên Đối tác", "Thành phần 2 — Số người 1.250")
                .contains("14/06/2021", "18/06/2021", "Trực tuyến", "Wien, Áo")
                .contains("03/12/2026 17:23")
                .contains("Trường Tên hoạt động", "Giá trị cũ Phiên họp IRG");
        assertThat(text)
                .doesNotContain("plan.title", "outcomes[", "participants[", "details.", "session.")
                .doesNotContain("IN_PERSON", "ONLINE", "BODY_SESSION", "VIETNAM", "IMPLEMENTATION_REVIEW_GROUP")
                .doesNotContain("2026-12-03T", "2021-06-14", "false", "1250");
    }

    @Test
    void recordedTextIsMarkedAsContentAndTheConsolesOwnWordsAreNot() throws Exception {
        Document page = Jsoup.parse(page(get("/activities/{id}", FakeApis.HELD_ACTIVITY), Role.DESK_UNCAC));

        assertThat(page.select("dd[data-content]").eachText())
                .contains("Rà soát thực thi", "Thông qua báo cáo", "Thanh tra Chính phủ")
                .doesNotContain("Trực tuyến", "Không", "1.250", "Phiên họp của cơ quan");
        assertThat(page.select("dd:not([data-content])").eachText())
                .contains("Trực tuyến", "Không", "1.250")
                .doesNotContain("Rà soát thực thi", "Thông qua báo cáo");
    }

    @Test
    void inEnglishTheActivityHasItsEnglishTitleAndEnglishWords() throws Exception {
        String text = text(page(get("/activities/{id}", FakeApis.HELD_ACTIVITY).param("lang", "en"), Role.DESK_UNCAC));

        assertThat(text)
                .contains("Twelfth session of the Implementation Review Group")
                .contains("Resumed session No")
                .contains("Outcome 1 Thông qua báo cáo", "Participants 2 — Number of people 1,250")
                .contains("Field Title");
        assertThat(text).doesNotContain("Phiên tiếp nối", "Kết quả 1", "false");
    }

    @Test
    void theActivityPageOffersOnlyTheStepsItsStatusAllows() throws Exception {
        String held = page(get("/activities/{id}", FakeApis.HELD_ACTIVITY), Role.DESK_UNCAC);

        assertThat(held).contains("id=\"step-corrections\"", "id=\"step-retract\"");
        assertThat(held).doesNotContain("id=\"step-postpone\"", "id=\"step-held\"", "id=\"step-reschedule\"");
    }

    @Test
    void aPostponedActivitySaysUntilWhenAndWhy() throws Exception {
        String text = text(page(get("/activities/{id}", FakeApis.POSTPONED_ACTIVITY), Role.DESK_BILATERAL));

        assertThat(text).contains("Hoãn đến 03/2022", "Lý do Dịch Covid-19", "Hàn Quốc");
        assertThat(text).doesNotContain("2022-03", "KR");
    }

    @Test
    void anOldLinkToAStepTheActivityCannotTakeSaysWhyAndOffersTheWayBack() throws Exception {
        String page = page(get("/tracks/uncac/activities/{id}/postpone", FakeApis.HELD_ACTIVITY), Role.DESK_UNCAC);

        assertThat(text(page)).contains("Hoạt động đã diễn ra nên không thể hoãn.");
        assertThat(page)
                .doesNotContain("id=\"step-form\"")
                .contains("id=\"back\"")
                .contains("href=\"/tracks/uncac/activities/" + FakeApis.HELD_ACTIVITY + "/corrections\"");
    }

    @Test
    void aStepThePublisherRefusesFromWhereTheActivityStandsIsExplainedAndIsNoConflict() throws Exception {
        String page = page(
                post("/tracks/uncac/activities/{id}/postpone", FakeApis.HELD_ACTIVITY)
                        .param("version", "3")
                        .param("reason", "Covid-19"),
                Role.DESK_UNCAC);

        assertThat(text(page)).contains("Chưa ghi được.", "Hoạt động đã diễn ra nên không thể hoãn.");
        assertThat(page).doesNotContain("id=\"conflict\"", "phiên bản 3, hiện là", "cannot be postponed");
    }

    @Test
    void aRealConflictIsStillShownAsOneWithTheActivityNowInWords() throws Exception {
        String page = page(
                post("/tracks/bilateral/activities/{id}/cancel", FakeApis.ACTIVITY)
                        .param("version", "1")
                        .param("reason", "Trùng lịch tiếp công dân"),
                Role.DESK_BILATERAL);

        assertThat(page).contains("id=\"conflict\"");
        assertThat(text(page))
                .contains("phiên bản 1", "phiên bản 2")
                .contains("17/03/2022", "Trực tuyến")
                .contains("Lập kế hoạch — desk.bilateral, lúc 05/01/2026 09:00")
                .contains("Trùng lịch tiếp công dân")
                .doesNotContain("2022-03-17", "2026-01-05T", "ONLINE", "version 2, not 1");
    }

    @Test
    void theHeldFormSendsEveryOutcomeAndOneParticipantRowPerSideLeavingEmptyRowsOut() throws Exception {
        MockHttpServletResponse response = send(
                post("/tracks/bilateral/activities/{id}/held", FakeApis.ACTIVITY)
                        .param("version", "2")
                        .param("starts", "17/03/2022")
                        .param("modality", "ONLINE")
                        .param("outcomes[0]", "Ký kế hoạch hợp tác")
                        .param("outcomes[1]", "")
                        .param("outcomes[2]", "Trao đổi kinh nghiệm")
                        .param("outcomes[3]", "Thống nhất đoàn vào năm sau")
                        .param("participants[0].side", "VIETNAM")
                        .param("participants[0].organisation", "Thanh tra Chính phủ")
                        .param("participants[0].count", "12")
                        .param("participants[1].side", "")
                        .param("participants[1].organisation", "")
                        .param("participants[1].count", "")
                        .param("participants[2].side", "PARTNER")
                        .param("participants[2].organisation", "Ủy ban Chống tham nhũng và Quyền công dân Hàn Quốc")
                        .param("participants[2].count", "6"),
                Role.DESK_BILATERAL);

        assertThat(response.getRedirectedUrl()).isEqualTo("/activities/" + FakeApis.ACTIVITY);
        Map<String, Object> body = postedBody("/held");
        assertThat(body)
                .containsEntry("starts", "2022-03-17")
                .containsEntry(
                        "outcomes",
                        List.of("Ký kế hoạch hợp tác", "Trao đổi kinh nghiệm", "Thống nhất đoàn vào năm sau"))
                .containsEntry(
                        "participants",
                        List.of(
                                Map.of("side", "VIETNAM", "organisation", "Thanh tra Chính phủ", "count", 12),
                                Map.of(
                                        "side",
                                        "PARTNER",
                                        "organisation",
                                        "Ủy ban Chống tham nhũng và Quyền công dân Hàn Quốc",
                                        "count",
                                        6)));
    }

    @Test
    void aRefusedHeldFormShowsItsRowsAgainWithTheErrorNextToTheRightRow() throws Exception {
        String page = page(
                post("/tracks/bilateral/activities/{id}/held", FakeApis.ACTIVITY)
                        .param("version", "2")
                        .param("starts", "17/03/2022")
                        .param("modality", "ONLINE")
                        .param("participants[0].side", "VIETNAM")
                        .param("participants[0].count", "12")
                        .param("participants[3].side", "PARTNER")
                        .param("participants[3].organisation", "Bộ Tư pháp Hàn Quốc"),
                Role.DESK_BILATERAL);

        assertThat(page)
                .contains("id=\"participants-1--count-error\"")
                .contains("value=\"Bộ Tư pháp Hàn Quốc\"")
                .contains("value=\"17/03/2022\"")
                .doesNotContain("participants-2--side");
        assertThat(page.indexOf("participants-1--organisation"))
                .isLessThan(page.indexOf("participants-1--count-error"));
    }

    @Test
    void aRefusedStepListsEveryMistakeAtOnceInTheOfficersWordsEachLinkedToItsField() throws Exception {
        Document page = Jsoup.parse(page(
                post("/tracks/bilateral/activities/{id}/held", FakeApis.ACTIVITY)
                        .param("version", "2")
                        .param("starts", "17/03/2022")
                        .param("ends", "15/03/2022")
                        .param("modality", "ONLINE")
                        .param("participants[0].side", "VIETNAM")
                        .param("participants[1].side", "PARTNER")
                        .param("participants[1].organisation", "Bộ Tư pháp Hàn Quốc"),
                Role.DESK_BILATERAL));

        Element summary = page.getElementById("form-problem");
        assertThat(summary.attr("tabindex")).isEqualTo("-1");
        assertThat(summary.select("li a").eachAttr("href")).containsExactly("#ends", "#participants-1--count");
        assertThat(summary.select("li").eachText())
                .containsExactly("Ngày kết thúc: Không được trước ngày bắt đầu", "Số người 2: Chưa nhập");
        assertThat(page.getElementById("step-form").hasAttr("novalidate")).isTrue();
        assertThat(page.text()).doesNotContain("must not", "participants[1]");
    }

    @Test
    void addingARowWithoutTheScriptShowsOneMoreRowAndSendsNothing() throws Exception {
        String page = page(
                post("/tracks/bilateral/activities/{id}/held", FakeApis.ACTIVITY)
                        .param("version", "2")
                        .param("participants[0].side", "VIETNAM")
                        .param("add", "participant"),
                Role.DESK_BILATERAL);

        assertThat(page).contains("name=\"participants[1].side\"").doesNotContain("name=\"participants[2].side\"");
        assertThat(apis.posts).isEmpty();
    }

    @Test
    void aCorrectionIsChosenByTheFieldsNameAndStartsFromItsValueAsWritten() throws Exception {
        String title = page(
                get("/tracks/uncac/activities/{id}/corrections", FakeApis.HELD_ACTIVITY)
                        .param("field", "plan.title"),
                Role.DESK_UNCAC);
        String starts = page(
                get("/tracks/uncac/activities/{id}/corrections", FakeApis.HELD_ACTIVITY)
                        .param("field", "plan.starts"),
                Role.DESK_UNCAC);
        String resumed = page(
                get("/tracks/uncac/activities/{id}/corrections", FakeApis.HELD_ACTIVITY)
                        .param("field", "details.session.resumed"),
                Role.DESK_UNCAC);

        assertThat(title)
                .contains("<option value=\"plan.title\" selected=\"selected\">Tên hoạt động</option>")
                .contains("name=\"newValue\" value=\"" + FakeApis.HELD_TITLE + "\"");
        assertThat(starts).contains("name=\"newValue\" value=\"14/06/2021\"");
        assertThat(resumed).contains("<option value=\"false\" selected=\"selected\">Không</option>");
        assertThat(text(title)).doesNotContain("plan.title", "plan.starts", "details.session");
    }

    @Test
    void aCorrectionSendsThePathAndTheValueAsTheApiTakesIt() throws Exception {
        send(
                post("/tracks/uncac/activities/{id}/corrections", FakeApis.HELD_ACTIVITY)
                        .param("version", "3")
                        .param("field", "plan.starts")
                        .param("newValue", "20/06/2021")
                        .param("reason", "Sai ngày"),
                Role.DESK_UNCAC);

        assertThat(postedBody("/corrections"))
                .containsEntry("field", "plan.starts")
                .containsEntry("newValue", "2021-06-20")
                .containsEntry("reason", "Sai ngày");
    }

    @Test
    void aCorrectionWithADateThatCannotBeReadSaysSoNextToTheValueAndSendsNothing() throws Exception {
        String page = page(
                post("/tracks/uncac/activities/{id}/corrections", FakeApis.HELD_ACTIVITY)
                        .param("version", "3")
                        .param("field", "plan.starts")
                        .param("newValue", "ngày 20")
                        .param("reason", "Sai ngày"),
                Role.DESK_UNCAC);

        assertThat(text(page)).contains("Chưa đọc được ngày");
        assertThat(page).contains("value=\"ngày 20\"");
        assertThat(apis.posts).isEmpty();
    }

    private String page(MockHttpServletRequestBuilder request, Role role) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(request.with(desk(role)).with(csrf())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request, Role role) throws Exception {
        return mvc.perform(request.with(desk(role)).with(csrf())).andReturn().getResponse();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> postedBody(String step) {
        String posted = apis.posts.stream()
                .filter(line -> line.split(" ", 2)[0].endsWith(step))
                .findFirst()
                .orElseThrow();
        return JsonMapper.builder().build().readValue(posted.split(" ", 2)[1], Map.class);
    }

    /** What a reader sees: the page's text without its markup. */
    private static String text(String html) {
        String body = html.substring(html.indexOf("<main"));
        return HtmlUtils.htmlUnescape(
                        body.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " "))
                .replaceAll("\\s+", " ");
    }

    private static RequestPostProcessor desk(Role role) {
        return oidcLogin()
                .idToken(token -> token.claim(
                        "preferred_username", role.name().toLowerCase().replace('_', '.')))
                .authorities(List.of(new SimpleGrantedAuthority(role.authority())));
    }
}
