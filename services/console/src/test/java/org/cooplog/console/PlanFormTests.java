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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The plan form as an officer meets it: a refusal lists every mistake at once above the form, each in the page's
 * language and named by its label, linked to its field and tied to it for a screen reader; countries are typed by
 * name; partners can be several.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PlanFormTests {

    static final FakeApis apis = new FakeApis();

    static final String PLAN = "/api/bilateral/activities";

    /** The publisher's answer to the plan of the issue: no partner country, no topic, "khoảng 20", a long title. */
    static final String FOUR_MISTAKES = """
            {"type": "urn:cooplog:problem:invalid-content", "status": 400, "title": "Invalid content",
             "detail": "4 fields are not valid",
             "errors": [
               {"field": "plan.title", "code": "tooLong", "message": "size must be between 0 and 500", "limit": 500},
               {"field": "details.partnerCountry", "code": "required", "message": "must not be null"},
               {"field": "details.topic", "code": "required", "message": "must not be blank"},
               {"field": "details.plannedParticipants", "code": "wholeNumber",
                "message": "has the wrong type: Cannot deserialize value of type `java.lang.Integer`"}]}
            """;

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
    }

    @AfterEach
    void forgetAnswers() {
        apis.postAnswers.clear();
    }

    @Test
    void aRefusedPlanListsEveryMistakeAtOnceInVietnameseByLabelEachLinkedToItsField() throws Exception {
        apis.postAnswers.put(PLAN, Map.entry(400, FOUR_MISTAKES));

        Document page = send(plan().param("details.plannedParticipants", "khoảng 20"));

        Element summary = page.getElementById("form-problem");
        assertThat(summary.hasAttr("hidden")).isFalse();
        assertThat(summary.attr("tabindex")).isEqualTo("-1");
        assertThat(summary.attr("role")).isEqualTo("alert");
        assertThat(summary.selectFirst("strong").text()).isEqualTo("Chưa ghi được: có 4 chỗ cần sửa");
        assertThat(summary.select("li a").eachText())
                .containsExactly(
                        "Tên hoạt động: Tối đa 500 ký tự",
                        "Nước đối tác: Chưa nhập",
                        "Chủ đề: Chưa nhập",
                        "Số người dự kiến: Hãy nhập một số nguyên, ví dụ 20");
        assertThat(summary.select("li a").eachAttr("href"))
                .containsExactly(
                        "#plan-title", "#details-partnerCountry", "#details-topic", "#details-plannedParticipants");
        Element participants = page.getElementById("details-plannedParticipants");
        assertThat(participants.val()).isEqualTo("khoảng 20");
        assertThat(participants.attr("aria-invalid")).isEqualTo("true");
        assertThat(participants.attr("aria-describedby")).isEqualTo("details-plannedParticipants-error");
        assertThat(page.getElementById("details-plannedParticipants-error").text())
                .isEqualTo("Hãy nhập một số nguyên, ví dụ 20");
        Element country = page.getElementById("details-partnerCountry");
        assertThat(country.attr("aria-describedby"))
                .isEqualTo("details-partnerCountry-hint details-partnerCountry-error");
        assertThat(page.getElementById("details-partnerCountry-hint").text()).contains("chọn trong danh sách");
        assertThat(page.text())
                .doesNotContain("must not", "size must", "java.lang", "details.topic", "plannedParticipants")
                .doesNotContain("partnerCountry", "wholeNumber", "tooLong");
    }

    @Test
    void inEnglishTheSameMistakesAreInEnglish() throws Exception {
        apis.postAnswers.put(PLAN, Map.entry(400, FOUR_MISTAKES));

        Document page = send(plan().param("lang", "en"));

        Element summary = page.getElementById("form-problem");
        assertThat(summary.selectFirst("strong").text()).isEqualTo("Not recorded: 4 things to correct");
        assertThat(summary.select("li a").eachText())
                .containsExactly(
                        "Title: At most 500 characters",
                        "Partner country: Not filled in",
                        "Topic: Not filled in",
                        "Planned participants: Enter a whole number, e.g. 20");
        assertThat(page.text()).doesNotContain("Chưa nhập", "must not");
    }

    @Test
    void codesThePageDoesNotKnowAndFieldsItDoesNotShowAreSaidInPlainWordsAndByLabel() throws Exception {
        apis.postAnswers.put(PLAN, Map.entry(400, """
                        {"status": 400, "errors": [
                          {"field": "plan.starts", "code": "somethingNew", "message": "is odd"},
                          {"field": "plan.venue", "code": "required", "message": "must not be null"},
                          {"field": "plan.delegation.size", "code": "tooLarge", "message": "too big", "limit": 10000},
                          {"field": "plan.somethingNoPageNames", "code": "tooLong", "message": "too long", "limit": 80},
                          {"field": "plan.modality", "code": "oneOf", "message": "must be one of",
                           "allowed": ["IN_PERSON", "ONLINE", "HYBRID"]}]}
                        """));

        Document page = send(plan());

        assertThat(page.getElementById("form-problem").select("li").eachText())
                .containsExactly(
                        "Ngày bắt đầu: Giá trị này chưa đúng; hãy kiểm tra lại",
                        "Hình thức: Hãy chọn một trong: Trực tiếp, Trực tuyến, Kết hợp",
                        "Địa điểm: Chưa nhập",
                        "Số thành viên đoàn: Không được lớn hơn 10.000",
                        "Nội dung khác: Tối đa 80 ký tự");
        assertThat(page.getElementById("form-problem").select("li span").eachText())
                .as("errors on fields the form does not show are named, not linked")
                .hasSize(3);
        assertThat(page.text())
                .doesNotContain("is odd", "plan.venue", "delegation", "somethingNoPageNames", "IN_PERSON");
    }

    @Test
    void theDaysAndFieldsTheApiAllowsAreShownAsPeopleWriteThem() throws Exception {
        apis.postAnswers.put(PLAN, Map.entry(400, """
                        {"status": 400, "errors": [
                          {"field": "plan.starts", "code": "implausibleDate", "message": "is not plausible",
                           "allowed": ["1990-01-01", "2031-12-31"]},
                          {"field": "details.kind", "code": "oneOf", "message": "must be one of",
                           "allowed": ["plan.title", "details.topic"]}]}
                        """));

        Document page = send(plan());

        assertThat(page.getElementById("form-problem").select("li").eachText())
                .containsExactly(
                        "Ngày bắt đầu: Hãy nhập một ngày từ 01/01/1990 đến 31/12/2031",
                        "Loại hoạt động: Hãy chọn một trong: Tên hoạt động, Chủ đề");
    }

    @Test
    void aCountryIsSentAsItsCodeWhateverWayItWasTypedAndPartnersAsTheRowsFilledIn() throws Exception {
        mvc.perform(plan().param("details.partnerCountry", "han quoc")
                        .param("plan.venue.country", "Korea")
                        .param("plan.partners[0].name", "")
                        .param("plan.partners[1].name", "Bộ Tư pháp Hàn Quốc")
                        .param("plan.partners[1].country", "Hàn Quốc")
                        .param("plan.partners[2].name", "")
                        .param("plan.partners[3].name", "Cơ quan Chống tham nhũng Lào")
                        .param("plan.partners[3].country", "Lào"))
                .andReturn();

        String body = apis.posts.get(apis.posts.size() - 1);
        assertThat(body)
                .startsWith(PLAN)
                .contains("\"partnerCountry\":\"KR\"")
                .contains("\"venue\":{\"country\":\"KR\"}")
                .contains("\"partners\":[{\"name\":\"Bộ Tư pháp Hàn Quốc\",\"country\":\"KR\"},"
                        + "{\"name\":\"Cơ quan Chống tham nhũng Lào\",\"country\":\"LA\"}]");
    }

    @Test
    void aCountryNoListHasIsSaidSoWithTheServersOtherMistakesAndSentAsTypedForTheServerToCheckTheRest()
            throws Exception {
        apis.postAnswers.put(PLAN, Map.entry(400, """
                        {"status": 400, "errors": [
                          {"field": "details.partnerCountry", "code": "country", "message": "must be ISO 3166-1"},
                          {"field": "details.topic", "code": "required", "message": "must not be blank"}]}
                        """));

        Document page = send(plan().param("details.partnerCountry", "Hàn Quóc Xyz"));

        assertThat(apis.posts.get(apis.posts.size() - 1)).contains("\"partnerCountry\":\"Hàn Quóc Xyz\"");
        assertThat(page.getElementById("form-problem").select("li a").eachText())
                .containsExactly(
                        "Nước đối tác: Không tìm thấy quốc gia «Hàn Quóc Xyz»; hãy chọn trong danh sách",
                        "Chủ đề: Chưa nhập");
        assertThat(page.getElementById("details-partnerCountry").val()).isEqualTo("Hàn Quóc Xyz");
    }

    @Test
    void partnerRowsComeBackNumberedAndLabelledPerRowAfterARefusal() throws Exception {
        apis.postAnswers.put(PLAN, Map.entry(400, FOUR_MISTAKES));

        Document page = send(plan().param("plan.partners[0].name", "")
                .param("plan.partners[1].name", "KICAC")
                .param("plan.partners[2].name", "ACRC")
                .param("plan.partners[2].country", "KR"));

        assertThat(page.getElementById("plan-partners-0--name").val()).isEqualTo("KICAC");
        assertThat(page.getElementById("plan-partners-1--name").val()).isEqualTo("ACRC");
        assertThat(page.getElementById("plan-partners-1--country").val()).isEqualTo("KR");
        assertThat(page.selectFirst("label[for=plan-partners-1--name]").text()).isEqualTo("Đối tác 2");
        assertThat(page.select("button.add-row").text()).isEqualTo("Thêm đối tác");
    }

    @Test
    void theFormMarksWhatIsRequiredAndLetsThePageJudgeItsOwnMessages() throws Exception {
        Document page =
                Jsoup.parse(mvc.perform(get("/tracks/bilateral/activities/new").with(bilateralDesk()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));

        Element form = page.getElementById("plan-form");
        assertThat(form.hasAttr("novalidate")).isTrue();
        for (String id : List.of("plan-title", "plan-starts", "details-partnerCountry", "details-topic")) {
            Element input = page.getElementById(id);
            assertThat(input.hasAttr("required")).as(id).isTrue();
            assertThat(input.attr("aria-required")).as(id).isEqualTo("true");
        }
        assertThat(page.getElementById("plan-ends").hasAttr("required")).isFalse();
        assertThat(page.getElementById("form-problem").hasAttr("hidden")).isTrue();
        Element starts = page.getElementById("plan-starts");
        assertThat(starts.attr("placeholder")).isEqualTo("dd/mm/yyyy");
        assertThat(starts.hasClass("date")).isTrue();
        assertThat(page.getElementById(starts.attr("aria-describedby")).text())
                .isEqualTo("ngày/tháng/năm, ví dụ 15/03/2022; hoặc tháng/năm, năm nếu chưa biết ngày");
        Element country = page.getElementById("details-partnerCountry");
        Element list = page.getElementById(country.attr("list"));
        assertThat(list.select("option[value=Hàn Quốc]").attr("label")).isEqualTo("Republic of Korea · KR");
        assertThat(list.select("option").eachAttr("value")).contains("Liên bang Nga", "Hoa Kỳ", "Lào");
        assertThat(page.select("script[src]").eachAttr("src")).contains("/js/console.js");
    }

    @Test
    void theChairAndTheHostEconomyOfferOnlyTheirMembersByName() throws Exception {
        Document asean = page("/tracks/aseanpac/activities/new");
        Document apec = page("/tracks/apec/activities/new");

        Element chair =
                asean.getElementById(asean.getElementById("details-chair").attr("list"));
        assertThat(chair.select("option").eachAttr("value"))
                .hasSize(11)
                .contains("Lào", "Việt Nam", "Campuchia", "Timor-Leste")
                .doesNotContain("Pháp");
        Element host =
                apec.getElementById(apec.getElementById("details-hostEconomy").attr("list"));
        assertThat(host.select("option").eachAttr("value"))
                .hasSize(21)
                .contains("Hồng Kông (Trung Quốc)", "Đài Loan (Trung Quốc)", "Liên bang Nga", "Hoa Kỳ");
    }

    @ParameterizedTest
    @CsvSource({
        "bilateral, vi",
        "bilateral, en",
        "uncac, vi",
        "uncac, en",
        "aseanpac, vi",
        "aseanpac, en",
        "apec, vi",
        "apec, en",
        "ogp, vi",
        "ogp, en"
    })
    void everyChoiceOfEveryPlanFormIsAWordInThePagesLanguage(String track, String language) throws Exception {
        Document page = Jsoup.parse(mvc.perform(get("/tracks/{track}/activities/new", track)
                        .param("lang", language)
                        .with(admin()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));

        List<Element> options = page.select("select option[value~=^[A-Z_]+$]");
        assertThat(options).isNotEmpty();
        for (Element option : options) {
            assertThat(option.text()).as(option.val()).isNotBlank().isNotEqualTo(option.val());
        }
        assertThat(page.select("label").eachText())
                .as("labels are words, not paths")
                .noneMatch(label -> label.matches(".*[a-z]+\\.[a-z]+.*") || label.contains("ISO"));
    }

    private Document page(String path) throws Exception {
        return Jsoup.parse(mvc.perform(get(path).with(admin()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8));
    }

    private Document send(MockHttpServletRequestBuilder request) throws Exception {
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
    }

    /** The plan of the issue as typed: a day written as people write it, the rest left for the test to add. */
    private static MockHttpServletRequestBuilder plan() {
        return post("/tracks/bilateral/activities/new")
                .with(bilateralDesk())
                .with(csrf())
                .param("plan.title", "Hội thảo về liêm chính với Hàn Quốc")
                .param("plan.starts", "15/03/2022")
                .param("plan.modality", "IN_PERSON")
                .param("details.kind", "WORKSHOP");
    }

    private static RequestPostProcessor bilateralDesk() {
        return oidcLogin()
                .idToken(token -> token.claim("preferred_username", "desk.bilateral"))
                .authorities(List.of(new SimpleGrantedAuthority(Role.DESK_BILATERAL.authority())));
    }

    private static RequestPostProcessor admin() {
        return oidcLogin()
                .idToken(token -> token.claim("preferred_username", "admin"))
                .authorities(List.of(new SimpleGrantedAuthority(Role.ADMIN.authority())));
    }
}
