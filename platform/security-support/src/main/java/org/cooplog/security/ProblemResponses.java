package org.cooplog.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * 401 and 403 in the same RFC 9457 problem details as every other error of the APIs, so a client reads one format.
 * The {@code WWW-Authenticate} challenge is RFC 6750's, set by Spring Security's bearer token handlers. Why a token
 * was refused is not told: the decoder's words speak of its library, and a forger learns nothing from them.
 */
public final class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    public static final URI UNAUTHENTICATED = URI.create("urn:cooplog:problem:unauthenticated");
    public static final URI FORBIDDEN = URI.create("urn:cooplog:problem:forbidden");

    private final BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
    private final BearerTokenAccessDeniedHandler insufficient = new BearerTokenAccessDeniedHandler();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        challenge.commence(request, response, exception);
        boolean tokenSent = request.getHeader("Authorization") != null;
        write(
                response,
                UNAUTHENTICATED,
                "Unauthenticated",
                tokenSent
                        ? "The bearer token was refused: it is expired, malformed, or not one the provider signed "
                                + "for this service. Get a new one."
                        : "Send a bearer token from the OpenID Connect provider in the Authorization header.",
                request.getRequestURI());
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException exception)
            throws IOException {
        insufficient.handle(request, response, exception);
        Principal user = request.getUserPrincipal();
        write(
                response,
                FORBIDDEN,
                "Forbidden",
                (user == null ? "This caller" : user.getName()) + " has no role that may " + request.getMethod() + " "
                        + request.getRequestURI() + ".",
                request.getRequestURI());
    }

    private static void write(HttpServletResponse response, URI type, String title, String detail, String instance)
            throws IOException {
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter()
                .write("{\"type\":" + quoted(type.toString()) + ",\"title\":" + quoted(title) + ",\"status\":"
                        + response.getStatus() + ",\"detail\":" + quoted(detail) + ",\"instance\":" + quoted(instance)
                        + "}");
    }

    /** A JSON string; written by hand so the filter chain needs no object mapper. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
