package org.lifelonglinks.system;

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
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Makes a POST with an {@code Idempotency-Key} header safe to send twice (a double click, a retry after a lost
 * answer): the first request with a user's key runs and its answer is kept for a day; a repeat with the same key and
 * the same request gets that answer again, marked {@code Idempotent-Replayed: true}, and creates nothing. A repeat
 * while the first is still running waits for its answer (409 if it takes too long); the same key with a different
 * request is refused with 422. Only successful answers are kept: a refusal changed nothing, so a retry with its key
 * runs afresh. Once for every endpoint, after the security filters have put the user in place.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,200}");
    private static final Duration CLEAN_EVERY = Duration.ofMinutes(10);
    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);

    private final IdempotencyKeys keys;
    private final IdempotencyProperties properties;
    private final AtomicReference<Instant> lastCleaned = new AtomicReference<>(Instant.EPOCH);

    IdempotencyFilter(IdempotencyKeys keys, IdempotencyProperties properties) {
        this.keys = keys;
        this.properties = properties;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // An upload (multipart) is not held in memory to be replayed: a repeated upload is recognised by its
        // content instead (see docs/casework.md, documents), and its parts must stay readable by the servlet.
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || (request.getContentType() != null
                        && request.getContentType().toLowerCase(java.util.Locale.ROOT).startsWith("multipart/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getHeader(HEADER).strip();
        if (!KEY.matcher(key).matches()) {
            problem(response, 400, ProblemTypes.MALFORMED_REQUEST, "Malformed request",
                    "Idempotency-Key must be 1 to 200 visible characters, such as a UUID");
            return;
        }
        cleanUpNowAndThen();
        byte[] body = request.getInputStream().readAllBytes();
        String id = IdempotencyKeys.id(authentication.getName(), key);
        String fingerprint = fingerprint(request, body);
        var deadline = Instant.now().plus(properties.waitFor());
        while (!keys.claim(id, fingerprint)) {
            var stored = keys.find(id);
            if (stored.isEmpty()) {
                continue; // released between our claim and our look: claim again
            }
            var first = stored.get();
            if (keys.stale(first)) {
                keys.removeStale(id, first);
            } else if (!first.fingerprint().equals(fingerprint)) {
                problem(response, 422, ProblemTypes.IDEMPOTENCY_KEY_REUSED, "Idempotency key reused",
                        "This Idempotency-Key was used for a different request; use a new key for a new request");
                return;
            } else if (first.answered()) {
                replay(response, first);
                return;
            } else if (Instant.now().isAfter(deadline)) {
                problem(response, 409, ProblemTypes.IDEMPOTENCY_KEY_IN_FLIGHT, "Still being answered",
                        "The first request with this Idempotency-Key is still running; ask again shortly");
                return;
            } else {
                pause();
            }
        }
        run(request, response, chain, body, id);
    }

    private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, byte[] body,
            String id) throws IOException, ServletException {
        var answer = new ContentCachingResponseWrapper(response);
        boolean kept = false;
        try {
            chain.doFilter(new BodyRequest(request, body), answer);
            int status = answer.getStatus();
            if (status >= 200 && status < 300) {
                keys.answer(id, status, answer.getContentType(), answer.getHeader(HttpHeaders.LOCATION),
                        answer.getHeader(HttpHeaders.ETAG),
                        new String(answer.getContentAsByteArray(), StandardCharsets.UTF_8));
                kept = true;
            }
        } finally {
            if (!kept) {
                keys.release(id);
            }
            answer.copyBodyToResponse();
        }
    }

    private static void replay(HttpServletResponse response, IdempotencyKeys.Stored first) throws IOException {
        response.setStatus(first.status());
        response.setHeader("Idempotent-Replayed", "true");
        if (first.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, first.location());
        }
        if (first.etag() != null) {
            response.setHeader(HttpHeaders.ETAG, first.etag());
        }
        if (first.body() != null && !first.body().isEmpty()) {
            response.setContentType(first.contentType());
            response.getOutputStream().write(first.body().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The request as sent: method, path, query and body. A key sent with anything else is a different request. */
    private static String fingerprint(HttpServletRequest request, byte[] body) {
        var digest = Sha256.digest();
        digest.update((request.getMethod() + " " + request.getRequestURI() + "?"
                + (request.getQueryString() == null ? "" : request.getQueryString()) + "\n")
                .getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest(body));
    }

    /** Expired keys go at most every ten minutes, on the way past: no scheduler for one small delete. */
    private void cleanUpNowAndThen() {
        var last = lastCleaned.get();
        var now = Instant.now();
        if (last.plus(CLEAN_EVERY).isBefore(now) && lastCleaned.compareAndSet(last, now)) {
            int removed = keys.removeExpired();
            if (removed > 0) {
                log.info("Forgot {} expired idempotency keys", removed);
            }
        }
    }

    private static void pause() throws IOException {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while waiting for the first request with this Idempotency-Key", e);
        }
    }

    /** The fixed texts above only: no request data goes into these bodies. */
    private static void problem(HttpServletResponse response, int status, java.net.URI type, String title,
            String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("""
                {"type":"%s","title":"%s","status":%d,"detail":"%s","field":"%s"}"""
                .formatted(type, title, status, detail, HEADER));
    }

    /** The request with its body read once, for the fingerprint, and given again to the endpoint. */
    private static final class BodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        BodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
