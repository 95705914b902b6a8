package org.lifelonglinks.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers the failures that never reach a controller (a path the server's firewall refuses, such as an encoded
 * slash or {@code ..}; {@code /error} asked for directly) as the rest of the service does: a problem detail for
 * the API and for clients that do not ask for HTML, the error page for browsers. Replaces Spring Boot's default,
 * whose JSON ({@code {"status": 999}} when there was no error) follows no contract of ours.
 */
@Controller
class ProblemErrorController implements ErrorController {

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        HttpStatus status = statusOf(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? request.getRequestURI() : uri.toString();
        if (path.startsWith("/api/") || path.startsWith("/v3/") || !wantsHtml(request)) {
            var answer = ApiExceptionHandler.problem(status, typeOf(status), status.getReasonPhrase(),
                    detailOf(status), null);
            if (answer.getBody() instanceof org.springframework.http.ProblemDetail detail) {
                detail.setInstance(URI.create(path.replaceAll("[^A-Za-z0-9/._~-]", "_")));
            }
            return answer;
        }
        var page = new ModelAndView(status == HttpStatus.NOT_FOUND ? "error/404"
                : status == HttpStatus.FORBIDDEN ? "error/403" : "error");
        page.setStatus(status);
        return page;
    }

    /** Asked for directly, there was no error: answered as an address with nothing behind it. */
    private static HttpStatus statusOf(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null || !status.isError() ? HttpStatus.NOT_FOUND : status;
    }

    private static boolean wantsHtml(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return accept != null && MediaType.parseMediaTypes(accept).stream()
                .anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
    }

    private static URI typeOf(HttpStatus status) {
        return switch (status) {
            case UNAUTHORIZED -> ProblemTypes.UNAUTHENTICATED;
            case FORBIDDEN -> ProblemTypes.FORBIDDEN;
            case NOT_FOUND -> ProblemTypes.NOT_FOUND;
            default -> status.is5xxServerError() ? ProblemTypes.SERVER_ERROR : ProblemTypes.MALFORMED_REQUEST;
        };
    }

    private static String detailOf(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The address or the request is not one the service accepts (an encoded slash or "
                    + "'..' in a path, say)";
            case UNAUTHORIZED -> "Sign in to use the service";
            case FORBIDDEN -> "Your role does not allow this";
            case NOT_FOUND -> "Nothing is here";
            default -> status.is5xxServerError()
                    ? "The service could not complete the request; nothing was changed by it. It has been logged."
                    : "The request cannot be answered: " + status.getReasonPhrase();
        };
    }
}
