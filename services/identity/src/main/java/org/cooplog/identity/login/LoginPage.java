package org.cooplog.identity.login;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The sign-in form, in Vietnamese with a link to English. Written out by hand, every value escaped, so the page needs
 * no template engine; the form carries the session's CSRF token.
 */
@Controller
class LoginPage {

    @GetMapping(value = "/login", produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String show(
            @RequestParam(required = false) String lang,
            @RequestParam(required = false) String error,
            @RequestParam(required = false) Integer locked,
            @RequestParam(required = false) String logout,
            HttpServletRequest request) {
        LoginTexts t = LoginTexts.of(lang);
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        String notice = locked != null && locked > 0
                ? "<p class=\"error\" role=\"alert\">" + e(t.locked().formatted(locked)) + "</p>"
                : error != null
                        ? "<p class=\"error\" role=\"alert\">" + e(t.failed()) + "</p>"
                        : logout != null ? "<p role=\"status\">" + e(t.signedOut()) + "</p>" : "";
        return """
                <!DOCTYPE html>
                <html lang="%s">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s</title>
                <style>
                body{font-family:system-ui,sans-serif;background:#f4f5f7;display:flex;justify-content:center;padding-top:10vh}
                main{background:#fff;padding:2rem 2.5rem;border-radius:8px;box-shadow:0 1px 4px #0002;min-width:18rem}
                label{display:block;margin-top:1rem}input{width:100%%;padding:.5rem;box-sizing:border-box}
                button{margin-top:1.5rem;width:100%%;padding:.6rem;background:#a50e0e;color:#fff;border:0;border-radius:4px}
                .error{color:#a50e0e}nav{text-align:right;font-size:.9rem}
                </style></head>
                <body><main>
                <nav><a href="/login?lang=%s">%s</a></nav>
                <h1>%s</h1>
                %s
                <form method="post" action="/login">
                <label for="username">%s</label><input id="username" name="username" autocomplete="username" required autofocus>
                <label for="password">%s</label><input id="password" name="password" type="password" autocomplete="current-password" required>
                <input type="hidden" name="%s" value="%s">
                <button type="submit">%s</button>
                </form>
                </main></body></html>
                """.formatted(
                        e(t.lang()),
                        e(t.title()),
                        e(t.switchLang()),
                        e(t.switchTo()),
                        e(t.heading()),
                        notice,
                        e(t.username()),
                        e(t.password()),
                        e(csrf == null ? "_csrf" : csrf.getParameterName()),
                        e(csrf == null ? "" : csrf.getToken()),
                        e(t.submit()));
    }

    private static String e(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
