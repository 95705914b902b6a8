package org.lifelonglinks.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads every JSON request body through {@link StrictUtf8InputStream}, so that bytes which are not UTF-8 are
 * refused (400, see {@code ApiExceptionHandler}) instead of being decoded leniently. CSV and GEDCOM bodies are
 * decoded strictly by their importers ({@link TextRules#utf8}), which can name the line at fault.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class StrictUtf8Filter extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).contains("json")) {
            chain.doFilter(new Wrapper(request), response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private static final class Wrapper extends HttpServletRequestWrapper {

        private ServletInputStream checked;

        Wrapper(HttpServletRequest request) {
            super(request);
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (checked == null) {
                ServletInputStream original = super.getInputStream();
                checked = new Checked(original, new StrictUtf8InputStream(original));
            }
            return checked;
        }
    }

    private static final class Checked extends ServletInputStream {

        private final ServletInputStream original;
        private final InputStream in;

        Checked(ServletInputStream original, InputStream in) {
            this.original = original;
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            return in.read();
        }

        @Override
        public int read(byte[] buffer, int from, int length) throws IOException {
            return in.read(buffer, from, length);
        }

        @Override
        public boolean isFinished() {
            return original.isFinished();
        }

        @Override
        public boolean isReady() {
            return original.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            original.setReadListener(listener);
        }
    }
}
