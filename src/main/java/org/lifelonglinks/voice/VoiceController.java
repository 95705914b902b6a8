package org.lifelonglinks.voice;

import java.util.List;
import java.util.Map;
import org.lifelonglinks.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** What a young person has told us, for the workers on their caseload. */
@RestController
class VoiceController {

    private final VoiceService voice;

    VoiceController(VoiceService voice) {
        this.voice = voice;
    }

    @GetMapping("/api/young-people/{id}/suggestions")
    List<Views.CaseSuggestion> suggestions(@PathVariable String id, Authentication authentication) {
        return voice.suggestions(CurrentUser.of(authentication), id);
    }

    /** Accept ({@code personId}) or answer ({@code answer}, {@code words}) one suggestion. */
    @PostMapping("/api/young-people/{id}/suggestions/{suggestionId}/decision")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void decide(@PathVariable String id, @PathVariable String suggestionId, @RequestBody Requests.Decision request,
            Authentication authentication) {
        voice.decide(CurrentUser.of(authentication), id, suggestionId, request);
    }

    @GetMapping("/api/young-people/{id}/voice")
    Views.CaseVoice voice(@PathVariable String id, Authentication authentication) {
        return voice.voice(CurrentUser.of(authentication), id);
    }

    @GetMapping("/api/young-people/{id}/messages")
    List<Views.Message> messages(@PathVariable String id, Authentication authentication) {
        return voice.messages(CurrentUser.of(authentication), id);
    }

    @PostMapping("/api/young-people/{id}/messages")
    @ResponseStatus(HttpStatus.CREATED)
    Views.Message reply(@PathVariable String id, @RequestBody Requests.Message request,
            Authentication authentication) {
        return voice.reply(CurrentUser.of(authentication), id, request);
    }

    /** The coordinator has read the young person's messages (their read receipt). */
    @PostMapping("/api/young-people/{id}/messages/read")
    Map<String, Integer> markRead(@PathVariable String id, Authentication authentication) {
        return Map.of("read", voice.markRead(CurrentUser.of(authentication), id));
    }
}
