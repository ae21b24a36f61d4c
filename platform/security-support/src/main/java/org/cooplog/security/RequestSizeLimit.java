package org.cooplog.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.AntPathMatcher;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body over its endpoint's limit with 413 problem details, before the body is read in full: a
 * declared {@code Content-Length} is checked up front, and a body of unknown length (chunked) is read only up to one
 * byte past the limit. A JSON request is small; a service that takes files names their paths and larger limits.
 * A multipart body of unknown length is left to the servlet container's multipart limits, which read it themselves.
 */
public final class RequestSizeLimit extends OncePerRequestFilter {

    public static final URI TOO_LARGE = URI.create("urn:cooplog:problem:request-too-large");

    private final Properties limits;
    private final AntPathMatcher paths = new AntPathMatcher();

    public RequestSizeLimit(Properties limits) {
        this.limits = limits;
    }

    /**
     * @param enabled whether the service limits its request bodies
     * @param max the limit of every path not named in {@code paths}
     * @param paths larger (or smaller) limits by path pattern, the first match winning
     */
    @ConfigurationProperties("cooplog.http.request-size")
    public record Properties(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("64KB") DataSize max,
            @DefaultValue List<PathLimit> paths) {}

    /** @param pattern an Ant-style path pattern, e.g. {@code /api/{track}/imports} */
    public record PathLimit(String pattern, DataSize max) {}

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long limit = limitFor(request.getRequestURI());
        long declared = request.getContentLengthLong();
        if (declared > limit) {
            refuse(request, response, limit);
            return;
        }
        if (declared < 0 && request.getHeader("Transfer-Encoding") != null && !isMultipart(request)) {
            byte[] body = request.getInputStream().readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
            if (body.length > limit) {
                refuse(request, response, limit);
                return;
            }
            chain.doFilter(new ReadBody(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private long limitFor(String path) {
        return limits.paths().stream()
                .filter(limit -> paths.match(limit.pattern(), path))
                .findFirst()
                .map(PathLimit::max)
                .orElse(limits.max())
                .toBytes();
    }

    private static boolean isMultipart(HttpServletRequest request) {
        String type = request.getContentType();
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/");
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, long limit)
            throws IOException {
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setHeader("Connection", "close");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String detail = "The request body is larger than the "
                + DataSize.ofBytes(limit).toKilobytes() + " KB this endpoint takes; nothing was recorded.";
        response.getWriter()
                .write("{\"type\":" + ProblemResponses.quoted(TOO_LARGE.toString())
                        + ",\"title\":\"Request too large\",\"status\":413,\"detail\":"
                        + ProblemResponses.quoted(detail) + ",\"instance\":"
                        + ProblemResponses.quoted(request.getRequestURI()) + "}");
    }

    /** The request with the body already read, from memory. */
    private static final class ReadBody extends HttpServletRequestWrapper {

        private final byte[] body;

        ReadBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is read already");
                }
            };
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(
                    getInputStream(), encoding == null ? StandardCharsets.UTF_8.name() : encoding));
        }
    }
}
