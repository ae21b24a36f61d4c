package org.cooplog.console;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

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
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

/** A step the publisher refuses because it would change nothing is shown on its form, in the person's words. */
@SpringBootTest
@AutoConfigureMockMvc
class StepFormsTests {

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
    void aRescheduleToTheDatesTheActivityHasIsShownOnTheFormAsNothingToRecord() throws Exception {
        var response = mvc.perform(post("/tracks/bilateral/activities/{id}/reschedule", FakeApis.ACTIVITY)
                        .with(bilateralDesk())
                        .with(csrf())
                        .param("version", "2")
                        .param("starts", "2022-03-17"))
                .andReturn()
                .getResponse();
        String page = HtmlUtils.htmlUnescape(response.getContentAsString(StandardCharsets.UTF_8));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(page)
                .contains("id=\"step-form\"")
                .contains("Không có gì để ghi: hoạt động đã đúng như nội dung bạn nhập.")
                .doesNotContain("The activity already has these dates");
    }

    private static RequestPostProcessor bilateralDesk() {
        return oidcLogin()
                .idToken(token -> token.claim("preferred_username", "desk.bilateral"))
                .authorities(List.of(new SimpleGrantedAuthority(Role.DESK_BILATERAL.authority())));
    }
}
