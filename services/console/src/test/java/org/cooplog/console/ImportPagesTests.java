package org.cooplog.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cooplog.console.api.AccessTokens;
import org.cooplog.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/** The import pages speak the desk's language: the template in it, results by title, problems by column label. */
@SpringBootTest
@AutoConfigureMockMvc
class ImportPagesTests {

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
    }

    @Test
    void theImportPageSaysWhatToDoAndLinksTheTemplateInTheDesksLanguage() throws Exception {
        String page = page(get("/tracks/bilateral/imports"));

        assertThat(page)
                .contains("Tải mẫu Excel: trang đầu hướng dẫn cách điền")
                .contains("id=\"template-xlsx\" href=\"/tracks/bilateral/imports/template.xlsx\"")
                .contains("<label for=\"file\">Chọn tệp đã điền (.xlsx hoặc .csv)</label>")
                .contains("aria-describedby=\"file-hint\"");

        mvc.perform(get("/tracks/bilateral/imports/template.xlsx")
                .param("lang", "en")
                .with(bilateralDesk()));
        mvc.perform(get("/tracks/bilateral/imports/template.csv").with(bilateralDesk()));

        assertThat(apis.gets)
                .contains(
                        "/api/bilateral/imports/template.xlsx?lang=en", "/api/bilateral/imports/template.csv?lang=vi");
    }

    @Test
    void recordedActivitiesAreListedByTitleWithALinkToEach() throws Exception {
        String vietnamese = page(get("/tracks/bilateral/imports/done"));
        String english = page(get("/tracks/bilateral/imports/done").param("lang", "en"));

        assertThat(vietnamese)
                .contains("href=\"/activities/" + FakeApis.ACTIVITY + "\"")
                .contains(">Tập huấn về liêm chính</a>")
                .contains(">Khảo sát tại Hàn Quốc</a>")
                .doesNotContain(">" + FakeApis.ACTIVITY + "<", ">" + FakeApis.OGP_ACTIVITY + "<");
        assertThat(english)
                .contains(">Training on integrity</a>")
                .contains(">Khảo sát tại Hàn Quốc</a>")
                .doesNotContain(">" + FakeApis.ACTIVITY + "<");
    }

    @Test
    void problemsAreListedByRowColumnLabelAndMessageInTheDesksLanguage() throws Exception {
        String vietnamese = page(get("/tracks/bilateral/imports/refused"));
        String english = page(get("/tracks/bilateral/imports/refused").param("lang", "en"));

        assertThat(vietnamese)
                .contains("<td>3</td>", "<td>Hình thức</td>")
                .contains("không phải một trong các giá trị: Trực tiếp, Trực tuyến, Kết hợp")
                .doesNotContain("plan.modality", "Modality", "is not one of");
        assertThat(english)
                .contains("<td>Modality</td>", "is not one of the allowed values: In person, Online, Hybrid")
                .doesNotContain("plan.modality", "Hình thức", "không phải");
    }

    @Test
    void aFileRefusedAsAWholeIsExplainedInTheDesksLanguage() throws Exception {
        MockMultipartFile file = new MockMultipartFile("file", "mau.xlsx", FakeApis.SPREADSHEET, new byte[] {1});

        String vietnamese =
                page(multipart("/tracks/bilateral/imports").file(file).with(csrf()));
        String english = page(multipart("/tracks/bilateral/imports")
                .file(file)
                .param("lang", "en")
                .with(csrf()));

        assertThat(vietnamese).contains("Tệp không có dòng hoạt động nào dưới dòng tiêu đề.");
        assertThat(english)
                .contains("The file has no activity rows under its header row.")
                .doesNotContain("Tệp không có");
    }

    private String page(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        var response = mvc.perform(request.with(bilateralDesk())).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return HtmlUtils.htmlUnescape(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private static RequestPostProcessor bilateralDesk() {
        return oidcLogin()
                .idToken(token -> token.claim("preferred_username", "desk.bilateral"))
                .authorities(List.of(new SimpleGrantedAuthority(Role.DESK_BILATERAL.authority())));
    }
}
