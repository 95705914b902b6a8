package org.lifelonglinks.rights;

import java.util.Map;
import org.lifelonglinks.security.CurrentUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/people/{id}/subject-access} and {@code GET /api/young-people/{id}/subject-access}: JSON, or a
 * readable PDF with {@code Accept: application/pdf}; {@code ?unredact=true&reason=…} shows other people's names.
 */
@RestController
class SubjectAccessController {

    private final SubjectAccessService subjectAccess;

    SubjectAccessController(SubjectAccessService subjectAccess) {
        this.subjectAccess = subjectAccess;
    }

    @GetMapping(path = {"/api/people/{id}/subject-access", "/api/young-people/{id}/subject-access"},
            produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> json(@PathVariable String id,
            @RequestParam(required = false) Boolean unredact, @RequestParam(required = false) String reason,
            Authentication authentication) {
        var pack = subjectAccess.pack(CurrentUser.of(authentication), id,
                SubjectAccessService.Redaction.of(unredact, reason), "json");
        return ResponseEntity.ok().header(HttpHeaders.CACHE_CONTROL, "no-store").body(pack);
    }

    @GetMapping(path = {"/api/people/{id}/subject-access", "/api/young-people/{id}/subject-access"},
            produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> pdf(@PathVariable String id, @RequestParam(required = false) Boolean unredact,
            @RequestParam(required = false) String reason, Authentication authentication) {
        var pack = subjectAccess.pack(CurrentUser.of(authentication), id,
                SubjectAccessService.Redaction.of(unredact, reason), "pdf");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"subject-access.pdf\"")
                .body(SubjectAccessPdf.render(pack));
    }
}
