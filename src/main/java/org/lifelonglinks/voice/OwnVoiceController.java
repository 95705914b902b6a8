package org.lifelonglinks.voice;

import java.util.List;
import org.lifelonglinks.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The young person's voice on their own account: everything under /api/me, about the signed-in young person only. */
@RestController
class OwnVoiceController {

    private final OwnVoiceService voice;

    OwnVoiceController(OwnVoiceService voice) {
        this.voice = voice;
    }

    @GetMapping("/api/me/voice")
    Views.OwnVoice voice(Authentication authentication) {
        return voice.voice(CurrentUser.of(authentication));
    }

    @PostMapping("/api/me/suggestions")
    @ResponseStatus(HttpStatus.CREATED)
    Views.OwnSuggestion suggest(@RequestBody Requests.Suggestion request, Authentication authentication) {
        return voice.suggest(CurrentUser.of(authentication), request);
    }

    @GetMapping("/api/me/suggestions")
    List<Views.OwnSuggestion> suggestions(Authentication authentication) {
        return voice.suggestions(CurrentUser.of(authentication));
    }

    @PutMapping("/api/me/wishes/{personId}")
    Views.OwnPerson wish(@PathVariable String personId, @RequestBody Requests.WishRequest request,
            Authentication authentication) {
        return voice.wish(CurrentUser.of(authentication), personId, request);
    }

    @PutMapping("/api/me/meeting-wishes")
    Views.OwnMeeting meetingWishes(@RequestBody Requests.MeetingWishes request, Authentication authentication) {
        return voice.meetingWishes(CurrentUser.of(authentication), request);
    }

    @PutMapping("/api/me/plan/commitments/{commitmentId}/happening")
    Views.OwnCommitment happening(@PathVariable String commitmentId, @RequestBody Requests.HappeningRequest request,
            Authentication authentication) {
        return voice.happening(CurrentUser.of(authentication), commitmentId, request);
    }

    @PostMapping("/api/me/family-knowledge")
    @ResponseStatus(HttpStatus.CREATED)
    Views.Rating familyKnowledge(@RequestBody Requests.FamilyKnowledge request, Authentication authentication) {
        return voice.familyKnowledge(CurrentUser.of(authentication), request);
    }

    @GetMapping("/api/me/messages")
    Views.OwnMessages messages(Authentication authentication) {
        return voice.messages(CurrentUser.of(authentication));
    }

    @PostMapping("/api/me/messages")
    @ResponseStatus(HttpStatus.CREATED)
    Views.Message send(@RequestBody Requests.Message request, Authentication authentication) {
        return voice.send(CurrentUser.of(authentication), request);
    }

    /** "I don't feel safe": the body (a few words) is optional. */
    @PostMapping("/api/me/unsafe")
    @ResponseStatus(HttpStatus.CREATED)
    Views.UnsafeAnswer unsafe(@RequestBody(required = false) Requests.Unsafe request,
            Authentication authentication) {
        return voice.unsafe(CurrentUser.of(authentication), request);
    }
}
