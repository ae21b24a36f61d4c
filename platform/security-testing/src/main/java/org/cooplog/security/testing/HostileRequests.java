package org.cooplog.security.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cooplog.security.testing.RawHttp.Answer;

/**
 * The requests a careless or hostile client sends that the servlet container or the filters refuse before the
 * application's controllers see them, and what every answer of every service must be: a 4xx in problem details with a
 * detail in plain words that tells nothing about the code or the server.
 */
public final class HostileRequests {

    /** Words that only the code or the server would say. */
    static final String[] INTERNALS = {
        "java.",
        "javax.",
        "jakarta.",
        "org.",
        "springframework",
        "Exception",
        "exception",
        "Tomcat",
        "tomcat",
        "Apache",
        "Catalina",
        "\\tat ",
        "<html",
        "<!doctype",
        "stack",
        "public ",
        "ResponseEntity",
        "static resource",
        "Failed to"
    };

    private HostileRequests() {}

    /** A request as sent, under a name a failing test shows. */
    public record Hostile(String name, String requestLine, String body, String... headers) {

        public Answer sendTo(int port, String... moreHeaders) {
            String[] all = new String[headers.length + moreHeaders.length];
            System.arraycopy(headers, 0, all, 0, headers.length);
            System.arraycopy(moreHeaders, 0, all, headers.length, moreHeaders.length);
            return RawHttp.send(port, requestLine, body, all);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** A GET of {@code target} with these headers. */
    public static Hostile get(String name, String target, String... headers) {
        return new Hostile(name, "GET " + target + " HTTP/1.1", null, headers);
    }

    /** What the container or the filters refuse under {@code path}, an address of the service's API. */
    public static List<Hostile> beforeTheApplication(String path) {
        return List.of(
                get("an encoded slash in the path", path + "/a%2Fb"),
                get("an encoded NUL in the path", path + "/a%00b"),
                get("an encoded backslash in the path", path + "/a%5Cb"),
                get("a bad percent-encoding in the path", path + "/a%zzb"),
                get("a path parameter", path + ";x=1"),
                get("a path parameter in a segment", path + "/a;x=1/b"),
                get("a header over 8 KB", path, "X-Filler: " + "a".repeat(9 * 1024)),
                get("a malformed request line", path + "/a{b}"),
                get("a space in the request target", path + "/a b"),
                new Hostile("TRACE", "TRACE " + path + " HTTP/1.1", null),
                new Hostile("a method no one knows", "BREW " + path + " HTTP/1.1", null));
    }

    /** A 4xx as problem details with a title and a detail, and nothing from inside. */
    public static void assertHumanProblem(Hostile request, Answer answer) {
        String seen = request.name() + " was answered " + answer;
        assertThat(answer.status()).as(seen).isBetween(400, 499);
        assertThat(answer.contentType()).as(seen).startsWith("application/problem+json");
        assertThat(answer.body())
                .as(seen)
                .contains("\"status\":" + answer.status())
                .contains("\"title\":")
                .contains("\"detail\":")
                .doesNotContain(INTERNALS);
    }
}
