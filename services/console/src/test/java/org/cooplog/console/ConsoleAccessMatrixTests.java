package org.cooplog.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cooplog.console.api.AccessTokens;
import org.cooplog.security.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every page of the console against every kind of visitor: nobody (sent to sign in), a person whose provider granted
 * no role of the product (403), and each role. A page a role may use answers 2xx, or 302 after a form; any other
 * role gets 403. The APIs behind are stand-ins that answer every call, so only the console's own rules decide.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConsoleAccessMatrixTests {

    static final FakeApis apis = new FakeApis();
    static final String ID = FakeApis.ACTIVITY;
    static final String SIGN_IN = "/oauth2/authorization/cooplog";

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

    /** One page: the method, the path, what an allowed role gets, and who is allowed. */
    record Page(HttpMethod method, String path, int status, Set<Role> allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** Who asks: null for nobody; an empty set for a person without roles. */
    record Visitor(String name, Set<Role> roles) {
        @Override
        public String toString() {
            return name;
        }
    }

    record Cell(Page page, Visitor visitor) {
        @Override
        public String toString() {
            return page + " as " + visitor;
        }
    }

    static final Set<Role> ANY = EnumSet.allOf(Role.class);
    static final Set<Role> BILATERAL = EnumSet.of(Role.DESK_BILATERAL, Role.ADMIN);
    static final Set<Role> AUDIT = EnumSet.of(Role.AUDITOR, Role.REPORT_OFFICER, Role.ADMIN);

    static final List<Page> PAGES = List.of(
            new Page(HttpMethod.GET, "/", 302, ANY),
            new Page(HttpMethod.GET, "/activities", 200, ANY),
            new Page(HttpMethod.GET, "/activities?track=bilateral&status=HELD&partner=FR&from=2021-01-01", 200, ANY),
            new Page(HttpMethod.GET, "/activities/" + ID, 200, ANY),
            new Page(HttpMethod.GET, "/tracks/bilateral/activities/new", 200, BILATERAL),
            new Page(HttpMethod.POST, "/tracks/bilateral/activities/new", 302, BILATERAL),
            new Page(HttpMethod.GET, "/tracks/uncac/activities/new", 200, EnumSet.of(Role.DESK_UNCAC, Role.ADMIN)),
            new Page(HttpMethod.GET, "/tracks/ogp/activities/new", 200, EnumSet.of(Role.DESK_OGP, Role.ADMIN)),
            new Page(HttpMethod.GET, "/tracks/bilateral/activities/" + ID + "/reschedule", 200, BILATERAL),
            new Page(HttpMethod.POST, "/tracks/bilateral/activities/" + ID + "/cancel", 302, BILATERAL),
            new Page(HttpMethod.POST, "/tracks/bilateral/activities/" + ID + "/corrections", 302, BILATERAL),
            new Page(HttpMethod.GET, "/tracks/bilateral/imports", 200, BILATERAL),
            new Page(HttpMethod.GET, "/tracks/bilateral/imports/i", 200, BILATERAL),
            new Page(HttpMethod.GET, "/tracks/apec/imports", 200, EnumSet.of(Role.DESK_APEC, Role.ADMIN)),
            new Page(HttpMethod.GET, "/reports", 200, ANY),
            new Page(HttpMethod.GET, "/reports/mofa-2021-Q4/pdf", 200, ANY),
            new Page(
                    HttpMethod.GET,
                    "/reports/preview?recipient=mofa&kind=QUARTER&year=2021&index=4&format=pdf",
                    200,
                    ANY),
            new Page(HttpMethod.POST, "/reports/issue", 302, EnumSet.of(Role.REPORT_OFFICER, Role.ADMIN)),
            new Page(HttpMethod.GET, "/audit", 200, AUDIT),
            new Page(HttpMethod.GET, "/audit/history?activity=" + ID, 200, AUDIT),
            new Page(HttpMethod.GET, "/audit/as-of?instant=2026-01-01T07:00", 200, AUDIT),
            new Page(HttpMethod.GET, "/audit/verify", 200, AUDIT));

    static List<Cell> cells() {
        List<Visitor> visitors = new ArrayList<>();
        visitors.add(new Visitor("anonymous", null));
        visitors.add(new Visitor("signed in without a role", Set.of()));
        for (Role role : Role.values()) {
            visitors.add(new Visitor(role.name(), Set.of(role)));
        }
        List<Cell> cells = new ArrayList<>();
        PAGES.forEach(page -> visitors.forEach(visitor -> cells.add(new Cell(page, visitor))));
        return cells;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cells")
    void everyPageAnswersEachVisitorAsTheTableSays(Cell cell) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(request(cell.page(), cell.visitor())).andReturn().getResponse();

        if (cell.visitor().roles() == null) {
            assertThat(response.getStatus()).as(cell.toString()).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).as(cell.toString()).endsWith(SIGN_IN);
        } else if (cell.visitor().roles().stream().anyMatch(cell.page().allowed()::contains)) {
            assertThat(response.getStatus())
                    .as(cell.toString())
                    .isEqualTo(cell.page().status());
        } else {
            assertThat(response.getStatus()).as(cell.toString()).isEqualTo(403);
        }
    }

    @Test
    void aFormSentWithoutItsCsrfTokenIsRefusedEvenToTheAdministrator() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/tracks/bilateral/activities/new")
                        .param("plan.title", "x")
                        .with(person("admin", Set.of(Role.ADMIN))))
                .andReturn()
                .getResponse();

        assertThat(response.getStatus()).isEqualTo(403);
    }

    @Test
    void theApisAreCalledWithThePersonsOwnToken() throws Exception {
        apis.authorizations.clear();
        mvc.perform(post("/tracks/bilateral/activities/" + ID + "/cancel")
                .param("version", "2")
                .param("reason", "Phía đối tác hủy")
                .with(csrf())
                .with(person("desk.bilateral", Set.of(Role.DESK_BILATERAL))));

        assertThat(apis.authorizations).contains("Bearer the-persons-token");
    }

    @Test
    void pagesEscapeWhatTheyShowAndCarryTheSecurityHeaders() throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        get("/activities/" + ID).with(person("auditor", Set.of(Role.AUDITOR))))
                .andReturn()
                .getResponse();

        assertThat(response.getContentAsString()).contains("&lt;script&gt;").doesNotContain("<script>");
        assertThat(response.getHeader("Content-Security-Policy"))
                .contains("default-src 'none'")
                .contains("frame-ancestors 'none'")
                .contains("form-action 'self'");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void aDeskSeesOnlyTheFormsOfItsOwnTrackAndAnAuditorNone() throws Exception {
        String desk = mvc.perform(get("/activities/" + ID).with(person("desk.bilateral", Set.of(Role.DESK_BILATERAL))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String otherDesk = mvc.perform(get("/activities/" + ID).with(person("desk.uncac", Set.of(Role.DESK_UNCAC))))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(desk).contains("/tracks/bilateral/activities/" + ID + "/reschedule");
        assertThat(desk).contains("/tracks/bilateral/activities/new").doesNotContain("/tracks/uncac/activities/new");
        assertThat(otherDesk).doesNotContain("/reschedule").contains("/tracks/uncac/activities/new");
    }

    @Test
    void englishIsOneClickAway() throws Exception {
        String page = mvc.perform(get("/activities").param("lang", "en").with(person("auditor", Set.of(Role.AUDITOR))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String vietnamese = mvc.perform(get("/activities").with(person("auditor", Set.of(Role.AUDITOR))))
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page).contains("Activity timeline");
        assertThat(vietnamese).contains("Dòng thời gian hoạt động");
    }

    private static MockHttpServletRequestBuilder request(Page page, Visitor visitor) {
        MockHttpServletRequestBuilder request =
                page.method() == HttpMethod.POST ? post(page.path()).with(csrf()) : get(page.path());
        if (page.method() == HttpMethod.POST) {
            request.param("version", "2")
                    .param("reason", "Lý do")
                    .param("field", "plan.title")
                    .param("newValue", "Tên")
                    .param("plan.title", "Tên")
                    .param("recipient", "mofa")
                    .param("kind", "QUARTER")
                    .param("year", "2021")
                    .param("index", "4");
        }
        if (visitor.roles() != null) {
            request.with(person(visitor.name().toLowerCase(Locale.ROOT), visitor.roles()));
        }
        return request;
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor person(
            String name, Set<Role> roles) {
        return oidcLogin()
                .idToken(token -> token.claim("preferred_username", name))
                .authorities(roles.stream()
                        .<org.springframework.security.core.GrantedAuthority>map(
                                role -> new SimpleGrantedAuthority(role.authority()))
                        .toList());
    }
}
