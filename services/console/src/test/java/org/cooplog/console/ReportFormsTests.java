package org.cooplog.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
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
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/**
 * The report forms offer and send only what the projector takes: years from 1990, to this year for issuing; an index
 * only for a quarter; no period the schedule shows open. A refusal, the console's or the projector's, is shown above
 * the reports in Vietnamese.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ReportFormsTests {

    static final FakeApis apis = new FakeApis();
    static final int THIS_YEAR = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();

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
    void theIssueFormOffersTheYearsFrom1990ToThisYearAndThePreviewToNextYear() throws Exception {
        String page = mvc.perform(get("/reports").with(reportOfficer()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(years(page, "i-year"))
                .startsWith(String.valueOf(THIS_YEAR))
                .endsWith("1990")
                .hasSize(THIS_YEAR - 1990 + 1);
        assertThat(years(page, "p-year"))
                .startsWith(String.valueOf(THIS_YEAR + 1))
                .endsWith("1990");
        assertThat(page).doesNotContain("id=\"i-year\" name=\"year\" type=\"text\"");
    }

    @Test
    void periodsDaysAndTimesAreWrittenAsPeopleWriteThemNotAsTheProjectorSendsThem() throws Exception {
        String page = mvc.perform(get("/reports").with(reportOfficer()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String english = mvc.perform(get("/reports").param("lang", "en").with(reportOfficer()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String year = FakeApis.OPEN_PERIOD.substring(0, 4);

        assertThat(page)
                .contains(">Quý IV năm 2021</td>", "15/09/2021 – 14/12/2021", "04/12/2026 00:00 · report.officer")
                .contains(">Năm " + year + "</td>", "15/12/2025 – 14/12/" + year, "25/12/" + year)
                .doesNotContain("QUARTER 2021/4", ">" + FakeApis.OPEN_PERIOD + "<", "2021-09-15", "2026-12-03T");
        assertThat(english).contains(">Quarter 4 of 2021</td>", ">Year " + year + "</td>");
    }

    @Test
    void anIssuedReportIsAnnouncedByItsPeriodInWordsAndItsRecipientNotByItsId() throws Exception {
        MvcResult issued = issue("mofa", "QUARTER", "2021", "4");

        assertThat(issued.getFlashMap().get("issuedReport")).isEqualTo("Quý IV năm 2021");
        assertThat(issued.getFlashMap().get("issuedTo")).isEqualTo("Bộ Ngoại giao");
    }

    @Test
    void inEnglishTheMinistriesAreCalledByTheirEnglishNames() throws Exception {
        String english = mvc.perform(get("/reports").param("lang", "en").with(reportOfficer()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String vietnamese = mvc.perform(get("/reports").with(reportOfficer()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(english)
                .contains(">Ministry of Foreign Affairs</td>", ">Ministry of Foreign Affairs</option>")
                .doesNotContain("Bộ Ngoại giao");
        assertThat(vietnamese).contains(">Bộ Ngoại giao</td>").doesNotContain("Ministry of Foreign Affairs");
    }

    @Test
    void everyFormatIsOfferedTheSpreadsheetAmongThem() throws Exception {
        String page = mvc.perform(get("/reports").with(reportOfficer()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);

        assertThat(years(page, "p-format")).containsExactly("docx", "pdf", "html", "json", "csv", "xlsx");
    }

    @Test
    void anIssuedReportsSpreadsheetIsDownloadedAsTheProjectorMadeIt() throws Exception {
        MvcResult download = mvc.perform(get("/reports/mofa-2021-Q4/xlsx").with(reportOfficer()))
                .andReturn();

        assertThat(download.getResponse().getStatus()).isEqualTo(200);
        assertThat(download.getResponse().getContentType()).isEqualTo(FakeApis.SPREADSHEET);
        assertThat(download.getResponse().getContentAsString()).isEqualTo("PK");
    }

    @Test
    void aPeriodTheScheduleShowsOpenIsNotSentAndTheRefusalIsShownInVietnamese() throws Exception {
        MvcResult response = issue("mofa", "YEAR", String.valueOf(THIS_YEAR), "1");

        assertThat(apis.posts).isEmpty();
        assertThat(refusalShownAfter(response))
                .isEqualTo("Chưa ban hành được: kỳ " + FakeApis.OPEN_PERIOD + " chưa kết thúc (kỳ kết thúc hết ngày "
                        + THIS_YEAR + "-12-14). Báo cáo chỉ ban hành được sau khi kỳ kết thúc.");
    }

    @Test
    void aYearOutOfBoundsIsNotSent() throws Exception {
        for (String year : List.of("2098", "2099", String.valueOf(THIS_YEAR + 1), "1989", "1", "-5")) {
            MvcResult response = issue("mofa", "YEAR", year, "1");

            assertThat(refusalShownAfter(response))
                    .as(year)
                    .isEqualTo("Chưa ban hành được: năm báo cáo phải từ 1990 đến " + THIS_YEAR + ".");
        }
        assertThat(apis.posts).isEmpty();
    }

    @Test
    void aQuarterOutOfBoundsIsNotSentAndAnotherKindIsSentAsItsOneReport() throws Exception {
        MvcResult quarter = issue("mofa", "QUARTER", "2021", "7");
        issue("mofa", "YEAR", "2021", "4");

        assertThat(refusalShownAfter(quarter)).isEqualTo("Chưa ban hành được: quý phải từ 1 đến 4.");
        assertThat(apis.posts)
                .singleElement()
                .satisfies(sent -> assertThat(sent).contains("\"kind\":\"YEAR\"", "\"index\":1"));
    }

    @Test
    void aRefusalOfTheProjectorIsShownInVietnameseAboveTheReports() throws Exception {
        MvcResult response = issue("cfac", "QUARTER", "2021", "4");

        assertThat(apis.posts).hasSize(1);
        assertThat(refusalShownAfter(response))
                .isEqualTo("Chưa ban hành được: kỳ báo cáo này chưa kết thúc. "
                        + "Báo cáo chỉ ban hành được sau khi kỳ kết thúc.");
    }

    private MvcResult issue(String recipient, String kind, String year, String index) throws Exception {
        return mvc.perform(post("/reports/issue")
                        .param("recipient", recipient)
                        .param("kind", kind)
                        .param("year", year)
                        .param("index", index)
                        .with(csrf())
                        .with(reportOfficer()))
                .andReturn();
    }

    /** What the refusal notice says on the reports page the browser is sent back to. */
    private String refusalShownAfter(MvcResult issued) throws Exception {
        assertThat(issued.getResponse().getStatus()).isEqualTo(302);
        assertThat(issued.getResponse().getRedirectedUrl()).isEqualTo("/reports");
        String page = mvc.perform(
                        get("/reports").flashAttrs(issued.getFlashMap()).with(reportOfficer()))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Matcher notice = Pattern.compile("id=\"issue-refusal\"[^>]*>([^<]*)<").matcher(page);
        assertThat(notice.find()).as("a refusal notice on the page").isTrue();
        return HtmlUtils.htmlUnescape(notice.group(1));
    }

    /** The values a select of the page offers, in order. */
    private static List<String> years(String page, String id) {
        Matcher select = Pattern.compile("<select id=\"" + id + "\"[^>]*>(.*?)</select>", Pattern.DOTALL)
                .matcher(page);
        assertThat(select.find()).as("a select " + id).isTrue();
        return Pattern.compile("value=\"([^\"]*)\"")
                .matcher(select.group(1))
                .results()
                .map(found -> found.group(1))
                .toList();
    }

    private static RequestPostProcessor reportOfficer() {
        return oidcLogin()
                .idToken(token -> token.claim("preferred_username", "report.officer"))
                .authorities(List.of(new SimpleGrantedAuthority(Role.REPORT_OFFICER.authority())));
    }
}
