package org.cooplog.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cooplog.console.api.AccessTokens;
import org.cooplog.security.Role;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * Who an activity was with is on the timeline and the activity page: the organiser and the funders of the OGP
 * workshop of 9 Nov 2018 as well as partners, in the reader's language. The report preview offers Vietnamese and
 * English and asks the projector for the one chosen.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PartiesAndReportLanguageTests {

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
        apis.gets.clear();
    }

    @Test
    void theTimelineNamesWhoOrganisedAndWhoFundedTheOgpWorkshop() throws Exception {
        assertThat(partiesColumn(page("/activities", "vi")))
                .containsExactly("Tổ chức Hướng tới Minh bạch (tổ chức); Bỉ, Đan Mạch (tài trợ)", "Hàn Quốc");
        assertThat(partiesColumn(page("/activities", "en")))
                .containsExactly("Towards Transparency (organiser); Belgium, Denmark (funder)", "South Korea");
    }

    @Test
    void theTimelineAsksTheProjectorForActivitiesWithTheOrganiserOrFunderNamed() throws Exception {
        for (String partner : List.of("Towards Transparency", "Belgium")) {
            mvc.perform(get("/activities").param("partner", partner).with(reportOfficer()));
        }

        assertThat(apis.gets)
                .filteredOn(call -> call.startsWith("/api/activities?"))
                .containsExactly("/api/activities?partner=Towards Transparency", "/api/activities?partner=Belgium");
    }

    @Test
    void theActivityPageNamesTheOrganiserAndTheFunders() throws Exception {
        String page = page("/activities/" + FakeApis.OGP_ACTIVITY, "vi");

        assertThat(text(page, "activity-organisers")).isEqualTo("Tổ chức Hướng tới Minh bạch (TT)");
        assertThat(text(page, "activity-funders")).isEqualTo("Bộ Ngoại giao Vương quốc Bỉ; Đại sứ quán Đan Mạch");
        assertThat(text(page("/activities/" + FakeApis.OGP_ACTIVITY, "en"), "activity-funders"))
                .isEqualTo("Ministry of Foreign Affairs of Belgium; Embassy of Denmark");
    }

    @Test
    void thePreviewFormOffersTheRecipientsLanguageFirstThenVietnameseAndEnglish() throws Exception {
        Matcher select = Pattern.compile("<select id=\"p-language\" name=\"language\">(.*?)</select>", Pattern.DOTALL)
                .matcher(page("/reports", "vi"));

        assertThat(select.find()).as("a language select on the preview form").isTrue();
        assertThat(Pattern.compile("<option value=\"(\\w*)\"[^>]*>([^<]*)</option>")
                        .matcher(select.group(1))
                        .results()
                        .map(option -> option.group(1) + "=" + option.group(2)))
                .containsExactly("=Theo cơ quan nhận báo cáo", "vi=Tiếng Việt", "en=English");
    }

    @Test
    void thePreviewAsksTheProjectorForTheLanguageChosenAndLeavesTheConsolesLanguageAlone() throws Exception {
        MockHttpServletResponse english = mvc.perform(get("/reports/preview")
                        .param("recipient", "mofa")
                        .param("kind", "YEAR")
                        .param("year", "2021")
                        .param("format", "html")
                        .param("language", "en")
                        .with(reportOfficer()))
                .andReturn()
                .getResponse();
        mvc.perform(get("/reports/preview")
                .param("recipient", "mofa")
                .param("kind", "YEAR")
                .param("year", "2021")
                .param("format", "html")
                .with(reportOfficer()));

        assertThat(english.getStatus()).isEqualTo(200);
        assertThat(english.getCookie("COOPLOG_LANG")).isNull();
        assertThat(apis.gets)
                .filteredOn(call -> call.startsWith("/api/reports/preview?"))
                .containsExactly(
                        "/api/reports/preview?recipient=mofa&kind=YEAR&year=2021&index=1&format=html&lang=en",
                        "/api/reports/preview?recipient=mofa&kind=YEAR&year=2021&index=1&format=html");
    }

    private String page(String path, String language) throws Exception {
        return mvc.perform(get(path).param("lang", language).with(reportOfficer()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** The text of the timeline's partner column, row by row. */
    private static List<String> partiesColumn(String page) {
        return Pattern.compile("<td class=\"parties\"[^>]*>([^<]*)</td>")
                .matcher(page)
                .results()
                .map(cell -> HtmlUtils.htmlUnescape(cell.group(1)))
                .toList();
    }

    private static String text(String page, String id) {
        Matcher element = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(page);
        assertThat(element.find()).as("an element " + id).isTrue();
        return HtmlUtils.htmlUnescape(element.group(1));
    }

    private static RequestPostProcessor reportOfficer() {
        return oidcLogin()
                .idToken(token -> token.claim("preferred_username", "report.officer"))
                .authorities(List.of(new SimpleGrantedAuthority(Role.REPORT_OFFICER.authority())));
    }
}
