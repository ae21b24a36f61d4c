package org.cooplog.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

/** Bodies over their endpoint's limit get 413 problem details, and are never read past the limit. */
class RequestSizeLimitTests {

    private final RequestSizeLimit filter = new RequestSizeLimit(new RequestSizeLimit.Properties(
            true,
            DataSize.ofKilobytes(64),
            List.of(new RequestSizeLimit.PathLimit("/api/*/imports", DataSize.ofMegabytes(6)))));

    @Test
    void aDeclaredLengthOverTheLimitIsRefusedBeforeAnythingIsRead() throws Exception {
        CountingBody body = new CountingBody(60 * 1024 * 1024);
        MockHttpServletRequest request = post("/api/bilateral/activities", body, 60L * 1024 * 1024);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString())
                .contains("urn:cooplog:problem:request-too-large", "64 KB", "request body");
        assertThat(body.read.get()).isZero();
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void aChunkedBodyIsCutOffOneBytePastTheLimit() throws Exception {
        CountingBody body = new CountingBody(60 * 1024 * 1024);
        MockHttpServletRequest request = post("/api/bilateral/activities", body, -1);
        request.addHeader("Transfer-Encoding", "chunked");
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(body.read.get()).isEqualTo(64 * 1024 + 1);
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void aChunkedBodyWithinTheLimitReachesTheServiceWhole() throws Exception {
        MockHttpServletRequest request = post("/api/bilateral/activities", new CountingBody(1000), -1);
        request.addHeader("Transfer-Encoding", "chunked");
        AtomicReference<byte[]> received = new AtomicReference<>();
        MockFilterChain chain = new MockFilterChain(new HttpServlet() {
            @Override
            public void service(ServletRequest req, ServletResponse res) throws IOException {
                received.set(req.getInputStream().readAllBytes());
            }
        });

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(received.get()).hasSize(1000);
    }

    @Test
    void aPathWithItsOwnLimitTakesMore() throws Exception {
        MockHttpServletRequest request = post("/api/bilateral/imports", new CountingBody(0), 5L * 1024 * 1024);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(chain.getRequest()).isNotNull();
    }

    private static MockHttpServletRequest post(String path, InputStream body, long declaredLength) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path) {
            @Override
            public long getContentLengthLong() {
                return declaredLength;
            }

            @Override
            public ServletInputStream getInputStream() {
                return new ServletInputStream() {
                    @Override
                    public int read() throws IOException {
                        return body.read();
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        return body.read(buffer, offset, length);
                    }

                    @Override
                    public boolean isFinished() {
                        return false;
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {}
                };
            }
        };
        request.setContentType("application/json");
        return request;
    }

    /** A body of the given size that counts how much of it was read. */
    private static final class CountingBody extends ByteArrayInputStream {

        final AtomicInteger read = new AtomicInteger();

        CountingBody(int size) {
            super(new byte[size]);
        }

        @Override
        public synchronized int read() {
            int b = super.read();
            if (b >= 0) {
                read.incrementAndGet();
            }
            return b;
        }

        @Override
        public synchronized int read(byte[] buffer, int offset, int length) {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                read.addAndGet(n);
            }
            return n;
        }
    }
}
