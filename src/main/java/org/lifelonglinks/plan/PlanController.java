package org.lifelonglinks.plan;

import java.util.List;
import java.util.Locale;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.system.NotFoundException;
import org.lifelonglinks.system.Versions;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The Lifelong Links meeting, the plan and its reviews, and the printed plan. */
@RestController
class PlanController {

    private static final MediaType HTML = new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

    private final PlanService plans;
    private final MessageSource messages;

    PlanController(PlanService plans, MessageSource messages) {
        this.plans = plans;
        this.messages = messages;
    }

    @PutMapping("/api/young-people/{id}/meeting")
    ResponseEntity<Meeting> saveMeeting(@PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody MeetingRequest request, Authentication authentication) {
        var saved = plans.saveMeeting(CurrentUser.of(authentication), id, Versions.expected(ifMatch), request);
        return ResponseEntity.ok().eTag(Versions.etag(saved.version())).body(saved);
    }

    @GetMapping("/api/young-people/{id}/meeting")
    ResponseEntity<Meeting> meeting(@PathVariable String id, Authentication authentication) {
        var meeting = plans.meeting(CurrentUser.of(authentication), id);
        return ResponseEntity.ok().eTag(Versions.etag(meeting.version())).body(meeting);
    }

    @PostMapping("/api/young-people/{id}/plan")
    @ResponseStatus(HttpStatus.CREATED)
    Plan agree(@PathVariable String id, @RequestBody PlanRequest request, Authentication authentication) {
        return plans.agree(CurrentUser.of(authentication), id, request);
    }

    @GetMapping("/api/young-people/{id}/plan")
    Plan plan(@PathVariable String id, @RequestParam(required = false) Integer version,
            Authentication authentication) {
        return plans.plan(CurrentUser.of(authentication), id, version);
    }

    @GetMapping("/api/young-people/{id}/plan/versions")
    List<Integer> versions(@PathVariable String id, Authentication authentication) {
        return plans.versions(CurrentUser.of(authentication), id);
    }

    /** 201 when this call recorded the approval; 200 with the approval already on record (a resent click). */
    @PostMapping("/api/young-people/{id}/plan/versions/{version}/approval")
    ResponseEntity<Plan.Approval> approve(@PathVariable String id, @PathVariable int version,
            Authentication authentication) {
        var approved = plans.approve(CurrentUser.of(authentication), id, version);
        return ResponseEntity.status(approved.recorded() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(approved.approval());
    }

    @PostMapping("/api/young-people/{id}/follow-ups")
    @ResponseStatus(HttpStatus.CREATED)
    FollowUp recordFollowUp(@PathVariable String id, @RequestBody FollowUpRequest request,
            Authentication authentication) {
        return plans.recordFollowUp(CurrentUser.of(authentication), id, request);
    }

    @GetMapping("/api/young-people/{id}/follow-ups")
    List<FollowUp> followUps(@PathVariable String id, Authentication authentication) {
        return plans.followUps(CurrentUser.of(authentication), id);
    }

    @GetMapping("/api/young-people/{id}/plan.html")
    ResponseEntity<String> planPage(@PathVariable String id, Authentication authentication) {
        return planPage(id, authentication, PlanWords.WORKERS);
    }

    @GetMapping("/api/young-people/{id}/plan.pdf")
    ResponseEntity<byte[]> planPdf(@PathVariable String id, Authentication authentication) {
        return planPdf(id, authentication, PlanWords.WORKERS);
    }

    /** The young person's own copy, in the language of their page (?lang=cy, its cookie, else Accept-Language). */
    @GetMapping("/api/me/plan.html")
    ResponseEntity<String> myPlanPage(Authentication authentication, Locale locale) {
        return planPage(ownRecord(authentication), authentication, PlanWords.youngPerson(messages, locale));
    }

    @GetMapping("/api/me/plan.pdf")
    ResponseEntity<byte[]> myPlanPdf(Authentication authentication, Locale locale) {
        return planPdf(ownRecord(authentication), authentication, PlanWords.youngPerson(messages, locale));
    }

    private ResponseEntity<String> planPage(String id, Authentication authentication, PlanWords words) {
        return ResponseEntity.ok().contentType(HTML)
                .body(PlanHtml.render(plans.document(CurrentUser.of(authentication), id,
                        PlanService.DocumentUse.PAGE, words)));
    }

    private ResponseEntity<byte[]> planPdf(String id, Authentication authentication, PlanWords words) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"lifelong-links-plan.pdf\"")
                .body(PlanPdf.render(plans.document(CurrentUser.of(authentication), id,
                        PlanService.DocumentUse.PDF, words)));
    }

    @PostMapping("/api/young-people/{id}/reviews")
    @ResponseStatus(HttpStatus.CREATED)
    Review addReview(@PathVariable String id, @RequestBody ReviewRequest request, Authentication authentication) {
        return plans.addReview(CurrentUser.of(authentication), id, request);
    }

    @GetMapping("/api/young-people/{id}/reviews")
    List<Review> reviews(@PathVariable String id, Authentication authentication) {
        return plans.reviews(CurrentUser.of(authentication), id);
    }

    private static String ownRecord(Authentication authentication) {
        var user = CurrentUser.of(authentication);
        if (user.youngPersonId() == null) {
            throw new NotFoundException("Your own plan (this account is not a young person's)");
        }
        return user.youngPersonId();
    }
}
