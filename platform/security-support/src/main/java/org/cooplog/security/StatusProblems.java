package org.cooplog.security;

import java.net.URI;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The title and a detail in plain words for an error known only by its status: what the server, the filters or the
 * error page saw is never repeated to the caller, since it can name classes, methods, libraries or the server.
 */
final class StatusProblems {

    private StatusProblems() {}

    static ProblemDetail of(int status, URI instance) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(known(status)), detail(status));
        problem.setTitle(title(status));
        problem.setInstance(instance);
        return problem;
    }

    /** The same problem as JSON, for the server's own answers, which are written before any object mapper exists. */
    static String json(int status) {
        return "{\"type\":\"about:blank\",\"title\":" + ProblemResponses.quoted(title(status)) + ",\"status\":" + status
                + ",\"detail\":" + ProblemResponses.quoted(detail(status)) + "}";
    }

    static String title(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        return known == null ? (status < 500 ? "Bad Request" : "Server Error") : known.getReasonPhrase();
    }

    static String detail(int status) {
        return switch (status) {
            case 400 -> "The request could not be read: its address, a header or its body is not well formed.";
            case 401 -> "Sign in first: send a bearer token from the OpenID Connect provider.";
            case 403 -> "You may not do this.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not accept this method.";
            case 406 -> "This address cannot answer in any of the formats the Accept header asks for.";
            case 408 -> "The request did not arrive in time.";
            case 413 -> "The request is too large.";
            case 414 -> "The address is too long.";
            case 415 -> "This address does not accept a body of this Content-Type.";
            case 431 -> "The request's headers are too large.";
            case 501 -> "This method is not supported.";
            case 503 -> "The service is not available at the moment; try again later.";
            default ->
                status < 500
                        ? "The request cannot be answered as it was sent."
                        : "The service could not answer this request; try again later, and tell the administrator "
                                + "if it keeps happening.";
        };
    }

    private static int known(int status) {
        return HttpStatus.resolve(status) != null ? status : status < 500 ? 400 : 500;
    }
}
