package org.cooplog.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Guessing passwords at the real login form: fifteen wrong ones in a row, then the right one, must not sign in; a name
 * that has no account is locked the same way; many failures from one address lock it for every account. Ordered,
 * because the address lock of the last test would lock the others out too.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInLockoutIntegrationTests {

    @TempDir
    static Path home;

    @DynamicPropertySource
    static void identity(DynamicPropertyRegistry registry) {
        LoginForm.register(registry, home);
    }

    @LocalServerPort
    int port;

    LoginForm browser;

    @Test
    @Order(1)
    void fifteenWrongPasswordsThenTheRightOneDoNotSignIn() throws Exception {
        for (int i = 0; i < 15; i++) {
            signIn("desk.ogp", "wrong-" + i);
        }

        HttpResponse<String> right = signIn("desk.ogp", newPasswords().get("desk.ogp"));

        String location = right.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/login?locked=");
        assertThat(get(location).body())
                .contains("Tài khoản tạm thời bị khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau");
    }

    @Test
    @Order(2)
    void aNameWithoutAnAccountIsLockedTheSameWay() throws Exception {
        String known = null;
        String unknown = null;
        for (int i = 0; i < 4; i++) {
            known = signIn("desk.apec", "wrong-" + i)
                    .headers()
                    .firstValue("Location")
                    .orElseThrow();
            unknown = signIn("no.such.person", "wrong-" + i)
                    .headers()
                    .firstValue("Location")
                    .orElseThrow();
        }

        assertThat(known).contains("/login?locked=");
        assertThat(unknown).isEqualTo(known);
    }

    @Test
    @Order(3)
    void manyFailuresFromOneAddressLockItForEveryAccount() throws Exception {
        for (int i = 0; i < 10; i++) {
            signIn("someone." + i, "wrong");
            signIn("someone." + i, "wrong");
        }

        assertThat(signIn("auditor", newPasswords().get("auditor"))
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .contains("/login?locked=");
    }

    private HttpResponse<String> signIn(String user, String password) throws Exception {
        return browser().signIn(user, password);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser().get(path);
    }

    private LoginForm browser() {
        if (browser == null) {
            browser = new LoginForm(port);
        }
        return browser;
    }

    private static Map<String, String> newPasswords() {
        return LoginForm.newPasswords(home.resolve("new-passwords"));
    }
}
