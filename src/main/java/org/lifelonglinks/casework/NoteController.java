package org.lifelonglinks.casework;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.lifelonglinks.network.NetworkAccess;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.system.Versions;
import org.springframework.format.annotation.DateTimeFormat;
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
import org.springframework.web.bind.annotation.RestController;

/** Case notes, their corrections, the chronology (JSON and printable), and the young person's shared notes. */
@RestController
class NoteController {

    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);

    private final NoteService notes;
    private final NetworkAccess network;

    NoteController(NoteService notes, NetworkAccess network) {
        this.notes = notes;
        this.network = network;
    }

    @PostMapping("/api/young-people/{id}/notes")
    ResponseEntity<CaseNote> write(@PathVariable String id, @RequestBody NoteRequest request,
            Authentication authentication) {
        var note = notes.write(CurrentUser.of(authentication), id, request);
        return ResponseEntity.status(HttpStatus.CREATED).eTag(Versions.etag(note.version())).body(note);
    }

    @GetMapping("/api/young-people/{id}/notes")
    List<CaseNote> notes(@PathVariable String id, Authentication authentication) {
        return notes.notes(CurrentUser.of(authentication), id);
    }

    @GetMapping("/api/young-people/{id}/notes/{noteId}")
    ResponseEntity<CaseNote> note(@PathVariable String id, @PathVariable String noteId,
            Authentication authentication) {
        var note = notes.read(CurrentUser.of(authentication), id, noteId);
        return ResponseEntity.ok().eTag(Versions.etag(note.version())).body(note);
    }

    /** A correction: the next version of the note (the earlier ones are kept). */
    @PutMapping("/api/young-people/{id}/notes/{noteId}")
    ResponseEntity<CaseNote> correct(@PathVariable String id, @PathVariable String noteId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody NoteRequest request, Authentication authentication) {
        Long expected = Versions.expected(ifMatch);
        var note = notes.correct(CurrentUser.of(authentication), id, noteId,
                expected == null ? null : Math.toIntExact(expected), request);
        return ResponseEntity.ok().eTag(Versions.etag(note.version())).body(note);
    }

    @GetMapping("/api/young-people/{id}/chronology")
    List<ChronologyEntry> chronology(@PathVariable String id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) List<String> kinds, Authentication authentication) {
        return notes.chronology(CurrentUser.of(authentication), id, from, to, kinds, "JSON");
    }

    @GetMapping("/api/young-people/{id}/chronology.html")
    ResponseEntity<String> chronologyPage(@PathVariable String id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) List<String> kinds, Authentication authentication) {
        var user = CurrentUser.of(authentication);
        var entries = notes.chronology(user, id, from, to, kinds, "printable page");
        var youngPerson = network.readable(user, id);
        return ResponseEntity.ok().contentType(HTML)
                .body(ChronologyHtml.render(youngPerson.givenName() + " " + youngPerson.familyName(), entries));
    }

    @GetMapping("/api/young-people/{id}/chronology.pdf")
    ResponseEntity<byte[]> chronologyPdf(@PathVariable String id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) List<String> kinds, Authentication authentication) {
        var user = CurrentUser.of(authentication);
        var entries = notes.chronology(user, id, from, to, kinds, "PDF");
        var youngPerson = network.readable(user, id);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", "inline; filename=\"chronology.pdf\"")
                .body(ChronologyPdf.render(youngPerson.givenName() + " " + youngPerson.familyName(), entries));
    }

    @GetMapping("/api/me/notes")
    List<SharedNote> ownNotes(Authentication authentication) {
        return notes.ownNotes(CurrentUser.of(authentication));
    }
}
