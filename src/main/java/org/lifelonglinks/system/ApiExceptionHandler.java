package org.lifelonglinks.system;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.neo4j.driver.exceptions.ClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure into an {@code application/problem+json} body with a stable {@code type}, a readable
 * {@code detail} and, where one field is at fault, its name in {@code field}. Never a class name, a stack trace,
 * a query or personal data: unexpected failures are logged here and answered with a generic 500.
 */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    @ExceptionHandler(MissingFieldException.class)
    ResponseEntity<Object> missingField(MissingFieldException e) {
        return problem(HttpStatus.BAD_REQUEST, ProblemTypes.MISSING_FIELD, "Missing field", e.getMessage(), e.field());
    }

    @ExceptionHandler(BadRequestException.class)
    ResponseEntity<Object> badRequest(BadRequestException e) {
        return problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed request", e.getMessage(),
                e.field());
    }

    @ExceptionHandler(InvalidFieldException.class)
    ResponseEntity<Object> invalidField(InvalidFieldException e) {
        if (e instanceof FieldProblemsException many) {
            return fieldProblems(many);
        }
        if (e instanceof MissingFieldException missing) {
            return missingField(missing);
        }
        if (e instanceof BadRequestException bad) {
            return badRequest(bad);
        }
        return problem(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.INVALID_FIELD, "Invalid field", e.getMessage(),
                e.field());
    }

    /**
     * Every problem with a request at once: {@code field} and {@code detail} are the first (as a single problem
     * reads), {@code errors} lists them all; 400 when each is a missing field, 422 when any value breaks a rule.
     */
    @ExceptionHandler(FieldProblemsException.class)
    ResponseEntity<Object> fieldProblems(FieldProblemsException e) {
        var response = e.allMissing()
                ? problem(HttpStatus.BAD_REQUEST, ProblemTypes.MISSING_FIELD, "Missing field", e.getMessage(),
                        e.field())
                : problem(HttpStatus.UNPROCESSABLE_CONTENT, ProblemTypes.INVALID_FIELD, "Invalid field",
                        e.getMessage(), e.field());
        ((ProblemDetail) response.getBody()).setProperty("errors", e.refusals().stream()
                .map(refusal -> Map.of("field", String.valueOf(refusal.field()), "detail",
                        String.valueOf(refusal.getMessage()))).toList());
        return response;
    }

    @ExceptionHandler(UnsupportedMediaException.class)
    ResponseEntity<Object> unsupportedMedia(UnsupportedMediaException e) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported file type",
                e.getMessage(), e.field());
    }

    @ExceptionHandler(TooLargeException.class)
    ResponseEntity<Object> tooLarge(TooLargeException e) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.TOO_LARGE, "Too large", e.getMessage(), e.field());
    }

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<Object> notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, ProblemTypes.NOT_FOUND, "Not found", e.getMessage(), null);
    }

    @ExceptionHandler(ConflictException.class)
    ResponseEntity<Object> conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, e.type(), e.title(), e.getMessage(), e.field());
    }

    @ExceptionHandler(ForbiddenException.class)
    ResponseEntity<Object> forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Forbidden", e.getMessage(), null);
    }

    /** The current version goes with the refusal as its ETag, and the changed fields by name only. */
    @ExceptionHandler(StaleVersionException.class)
    ResponseEntity<Object> staleVersion(StaleVersionException e) {
        var response = problem(HttpStatus.PRECONDITION_FAILED, ProblemTypes.STALE_VERSION, "Changed by someone else",
                e.getMessage(), null);
        var body = (ProblemDetail) response.getBody();
        body.setProperty("yourVersion", e.expectedVersion());
        body.setProperty("currentVersion", e.currentVersion());
        body.setProperty("changedFields", e.changedFields());
        return ResponseEntity.status(response.getStatusCode()).headers(response.getHeaders())
                .eTag(Versions.etag(e.currentVersion())).body(body);
    }

    /** A uniqueness constraint caught a race that the service's own checks could not see. */
    @ExceptionHandler(ClientException.class)
    ResponseEntity<Object> databaseRefused(ClientException e) {
        if ("Neo.ClientError.Schema.ConstraintValidationFailed".equals(e.code())) {
            return problem(HttpStatus.CONFLICT, ProblemTypes.CONFLICT, "Conflict",
                    "The change clashes with a record saved at the same time; reload and try again", null);
        }
        return unexpected(e);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e) {
        log.error("Unexpected failure", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, ProblemTypes.SERVER_ERROR, "Server error",
                "The service could not complete the request; nothing was changed by it. It has been logged.", null);
    }

    /**
     * The answer this handler gives for a failure, for work that runs outside a request (a background job) and
     * reports its failure later in the same words.
     */
    ResponseEntity<Object> problemFor(Exception e) {
        return switch (e) {
            case InvalidFieldException invalid -> invalidField(invalid);
            case NotFoundException notFound -> notFound(notFound);
            case ConflictException conflict -> conflict(conflict);
            case ForbiddenException forbidden -> forbidden(forbidden);
            case UnsupportedMediaException unsupported -> unsupportedMedia(unsupported);
            case TooLargeException large -> tooLarge(large);
            case StaleVersionException stale -> staleVersion(stale);
            case ClientException client -> databaseRefused(client);
            default -> unexpected(e);
        };
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidFieldException invalid) {
                return invalidField(invalid);
            }
            if (cause instanceof StrictUtf8InputStream.InvalidUtf8Exception notUtf8) {
                return problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed request",
                        notUtf8.getMessage(), null);
            }
        }
        if (e.getCause() instanceof JacksonException jackson) {
            String field = jackson.getPath().isEmpty() ? null : fieldPath(jackson.getPath());
            return problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed request",
                    describe(jackson, field), field);
        }
        return problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed request",
                "The request body is missing or is not JSON", null);
    }

    /** An upload over the servlet's multipart limit: refused before it reaches a controller, in the same words. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            org.springframework.web.multipart.MaxUploadSizeExceededException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.CONTENT_TOO_LARGE, ProblemTypes.TOO_LARGE, "Too large", "file is larger than the "
                + "service takes" + (e.getMaxUploadSize() > 0 ? " (" + e.getMaxUploadSize() / (1024 * 1024)
                + " MB at most)" : ""), "file");
    }

    /** An upload whose multipart body cannot be read (a part's header broken, say): the client's fault, not ours. */
    @ExceptionHandler(org.springframework.web.multipart.MultipartException.class)
    ResponseEntity<Object> unreadableUpload(org.springframework.web.multipart.MultipartException e) {
        return problem(HttpStatus.BAD_REQUEST, ProblemTypes.MALFORMED_REQUEST, "Malformed request",
                "The upload could not be read as multipart/form-data", null);
    }

    /** A multipart request without a part the operation needs (the file itself). */
    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(
            org.springframework.web.multipart.support.MissingServletRequestPartException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return problem(HttpStatus.BAD_REQUEST, ProblemTypes.MISSING_FIELD, "Missing field",
                e.getRequestPartName() + " is required", e.getRequestPartName());
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "detail",
                        error.getField() + " " + error.getDefaultMessage()))
                .toList();
        var first = errors.getFirst();
        var response = problem(HttpStatus.BAD_REQUEST, ProblemTypes.INVALID_FIELD, "Invalid field",
                errors.stream().map(m -> m.get("detail")).collect(Collectors.joining("; ")), first.get("field"));
        ((ProblemDetail) response.getBody()).setProperty("errors", errors);
        return response;
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        if (body instanceof ProblemDetail detail
                && (detail.getType() == null || detail.getType().equals(URI.create("about:blank")))) {
            detail.setType(status.value() == 404 ? ProblemTypes.NOT_FOUND : ProblemTypes.MALFORMED_REQUEST);
        }
        return super.createResponseEntity(body, headers, status, request);
    }

    private static String describe(JacksonException e, String field) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "Unknown field '" + unknown.getPropertyName() + "'; known fields are "
                    + unknown.getKnownPropertyIds();
        }
        if (e instanceof InvalidFormatException format && format.getTargetType() != null) {
            Class<?> target = format.getTargetType();
            if (target.isEnum()) {
                return field + ": '" + format.getValue() + "' is not one of " + List.of(target.getEnumConstants());
            }
            if (target == java.time.LocalDate.class) {
                return field + ": '" + format.getValue() + "' is not a date in the form YYYY-MM-DD";
            }
            return field + ": '" + format.getValue() + "' is not a valid " + target.getSimpleName();
        }
        if (e instanceof StreamReadException read && read.getLocation() != null) {
            return "The body is not valid JSON (line " + read.getLocation().getLineNr() + ", column "
                    + read.getLocation().getColumnNr() + ")";
        }
        if (field != null) {
            return field + " has the wrong type or format";
        }
        return "The request body could not be read as the expected JSON object";
    }

    private static String fieldPath(List<JacksonException.Reference> path) {
        var names = new StringBuilder();
        for (var reference : path) {
            if (reference.getPropertyName() != null) {
                names.append(names.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                names.append('[').append(reference.getIndex()).append(']');
            }
        }
        return names.toString();
    }

    static ResponseEntity<Object> problem(HttpStatus status, URI type, String title, String detail, String field) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(type);
        body.setTitle(title);
        if (field != null) {
            body.setProperty("field", field);
            // One problem is listed too, so a client reads every field problem the same way.
            body.setProperty("errors", List.of(Map.of("field", field, "detail", detail == null ? "" : detail)));
        }
        return ResponseEntity.status(status).contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
                .body(body);
    }
}
