package org.lifelonglinks.privacy;

import java.net.URI;
import java.util.List;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.system.NotFoundException;
import org.lifelonglinks.system.Versions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** Consent, the basis for tracing, privacy notices and objections, retention and its review. */
@RestController
class DataProtectionController {

    private final DataProtection dataProtection;

    DataProtectionController(DataProtection dataProtection) {
        this.dataProtection = dataProtection;
    }

    /** With {@code If-Match}, refused (412) if someone else recorded the consent since that version. */
    @PutMapping("/api/young-people/{id}/consent")
    ResponseEntity<ConsentView> saveConsent(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody ConsentRequest request, Authentication authentication) {
        var saved = dataProtection.saveConsent(CurrentUser.of(authentication), id, Versions.expected(ifMatch),
                request);
        return ResponseEntity.ok().eTag(Versions.etag(saved.version())).body(ConsentView.of(saved));
    }

    @GetMapping("/api/young-people/{id}/consent")
    ResponseEntity<ConsentView> consent(@PathVariable String id, Authentication authentication) {
        var consent = dataProtection.consent(CurrentUser.of(authentication), id)
                .orElseThrow(() -> new NotFoundException("Consent"));
        return ResponseEntity.ok().eTag(Versions.etag(consent.version())).body(ConsentView.of(consent));
    }

    /** The consent as recorded, and whether it lets tracing and contact go ahead. */
    record ConsentView(boolean youngPersonAgreed, ParentalConsent parentalConsent, String parentalConsentFrom,
            LawfulBasis lawfulBasis, String note, String recordedBy, java.time.Instant recordedAt,
            boolean allowsWork, long version) {

        static ConsentView of(Consent c) {
            return new ConsentView(c.youngPersonAgreed(), c.parentalConsent(), c.parentalConsentFrom(),
                    c.lawfulBasis(), c.note(), c.recordedBy(), c.recordedAt(), c.allowsWork(), c.version());
        }
    }

    @PutMapping("/api/people/{id}/tracing-basis")
    DataProtectionRecord saveTracingBasis(@PathVariable String id, @RequestBody TracingBasisRequest request,
            Authentication authentication) {
        return dataProtection.saveTracingBasis(CurrentUser.of(authentication), id, request);
    }

    @GetMapping("/api/people/{id}/data-protection")
    DataProtectionRecord record(@PathVariable String id, Authentication authentication) {
        return dataProtection.record(CurrentUser.of(authentication), id);
    }

    @PostMapping("/api/people/{id}/notices")
    ResponseEntity<Notice> addNotice(@PathVariable String id, @RequestBody NoticeRequest request,
            Authentication authentication) {
        var notice = dataProtection.addNotice(CurrentUser.of(authentication), id, request);
        return ResponseEntity.created(URI.create("/api/people/" + id + "/data-protection")).body(notice);
    }

    @GetMapping("/api/notices/due")
    NoticesDue noticesDue(Authentication authentication) {
        return new NoticesDue(dataProtection.noticesDue(CurrentUser.of(authentication)));
    }

    /** People traced from outside the network who are still owed a privacy notice, nearest the limit first. */
    record NoticesDue(List<DataProtection.NoticeDue> people) {
    }

    @PutMapping("/api/young-people/{id}/retention")
    DataProtection.Retention saveRetention(@PathVariable String id, @RequestBody RetentionRequest request,
            Authentication authentication) {
        return dataProtection.saveYoungPersonRetention(CurrentUser.of(authentication), id, request);
    }

    @GetMapping("/api/young-people/{id}/retention")
    DataProtection.Retention retention(@PathVariable String id, Authentication authentication) {
        return dataProtection.youngPersonRetention(CurrentUser.of(authentication), id);
    }

    @PutMapping("/api/people/{id}/retention")
    DataProtectionRecord savePersonRetention(@PathVariable String id, @RequestBody PersonRetentionRequest request,
            Authentication authentication) {
        return dataProtection.savePersonRetention(CurrentUser.of(authentication), id, request);
    }
}
