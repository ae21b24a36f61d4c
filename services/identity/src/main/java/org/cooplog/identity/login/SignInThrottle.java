package org.cooplog.identity.login;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stands before the login form's password check: a name or address that must wait is sent back to the login page
 * saying for how long, its password unchecked, so even the right one does not get in while it waits. Its handlers
 * count the outcome of every check that does happen.
 */
public final class SignInThrottle extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final SignInAttempts attempts;

    public SignInThrottle(SignInAttempts attempts) {
        this.attempts = attempts;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        Optional<Duration> wait = attempts.waitFor(username, request.getRemoteAddr());
        if (wait.isPresent()) {
            log.warn("Refused a sign-in as {} from {}: locked for {}", username, request.getRemoteAddr(), wait.get());
            sendToLocked(response, wait.get());
            return;
        }
        chain.doFilter(request, response);
    }

    /** Counts a wrong password; the login page then says it was wrong, or for how long the name must now wait. */
    public AuthenticationFailureHandler onFailure() {
        return (request, response, exception) -> {
            String username = request.getParameter("username");
            attempts.failed(username, request.getRemoteAddr());
            Optional<Duration> wait = attempts.waitFor(username, request.getRemoteAddr());
            if (wait.isPresent()) {
                sendToLocked(response, wait.get());
            } else {
                response.sendRedirect("/login?error");
            }
        };
    }

    /** Ends the account's run of failures, then goes on to where the person was going. */
    public AuthenticationSuccessHandler onSuccess() {
        SavedRequestAwareAuthenticationSuccessHandler onward = new SavedRequestAwareAuthenticationSuccessHandler();
        return (request, response, authentication) -> {
            attempts.succeeded(authentication.getName());
            onward.onAuthenticationSuccess(request, response, authentication);
        };
    }

    private static void sendToLocked(HttpServletResponse response, Duration wait) throws IOException {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        response.sendRedirect("/login?locked=" + minutes);
    }
}
