package org.lifelonglinks.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.system.MissingFieldException;
import org.lifelonglinks.system.Versions;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Documents and photos on a young person's record, and those shared with the young person on their own page. */
@RestController
class DocumentController {

    private final DocumentService documents;

    DocumentController(DocumentService documents) {
        this.documents = documents;
    }

    /**
     * An upload (multipart/form-data): the file in {@code file}, the description in the fields {@code title},
     * {@code date}, {@code kind}, {@code about} (repeated) and {@code shareWithYoungPerson}. 201 with the new
     * document; 200 with the one already there when this record holds the same content (a repeated upload).
     */
    @PostMapping(path = "/api/young-people/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<Document> upload(@PathVariable String id, @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) String title, @RequestParam(required = false) String date,
            @RequestParam(required = false) String kind, @RequestParam(required = false) List<String> about,
            @RequestParam(required = false) String shareWithYoungPerson, Authentication authentication) {
        if (file == null) {
            throw new MissingFieldException("file");
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        boolean share = shareWithYoungPerson != null && (shareWithYoungPerson.equalsIgnoreCase("true")
                || shareWithYoungPerson.equalsIgnoreCase("on"));
        var uploaded = documents.upload(CurrentUser.of(authentication), id, new DocumentService.Upload(content,
                file.getOriginalFilename(), new DocumentRequest(title, date, kind, about, share)));
        var document = uploaded.document();
        var answer = uploaded.created()
                ? ResponseEntity.created(URI.create("/api/young-people/" + id + "/documents/" + document.id()))
                : ResponseEntity.ok().location(URI.create("/api/young-people/" + id + "/documents/" + document.id()));
        return answer.eTag(Versions.etag(document.version())).body(document);
    }

    @GetMapping("/api/young-people/{id}/documents")
    List<Document> list(@PathVariable String id, Authentication authentication) {
        return documents.list(CurrentUser.of(authentication), id);
    }

    @GetMapping("/api/young-people/{id}/documents/{documentId}")
    ResponseEntity<Document> read(@PathVariable String id, @PathVariable String documentId,
            Authentication authentication) {
        var document = documents.read(CurrentUser.of(authentication), id, documentId);
        return ResponseEntity.ok().eTag(Versions.etag(document.version())).body(document);
    }

    /** The file itself (audited): a photo shown in the browser, a PDF saved as a download. */
    @GetMapping("/api/young-people/{id}/documents/{documentId}/content")
    ResponseEntity<byte[]> content(@PathVariable String id, @PathVariable String documentId,
            Authentication authentication) {
        return file(documents.content(CurrentUser.of(authentication), id, documentId));
    }

    @GetMapping("/api/young-people/{id}/documents/{documentId}/thumbnail")
    ResponseEntity<byte[]> thumbnail(@PathVariable String id, @PathVariable String documentId,
            Authentication authentication) {
        return thumbnail(documents.thumbnail(CurrentUser.of(authentication), id, documentId));
    }

    /** A correction of the description (JSON; fields left out stay as they are); If-Match refuses a stale one. */
    @PatchMapping("/api/young-people/{id}/documents/{documentId}")
    ResponseEntity<Document> correct(@PathVariable String id, @PathVariable String documentId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody DocumentRequest request, Authentication authentication) {
        var document = documents.correct(CurrentUser.of(authentication), id, documentId, expected(ifMatch), request);
        return ResponseEntity.ok().eTag(Versions.etag(document.version())).body(document);
    }

    @DeleteMapping("/api/young-people/{id}/documents/{documentId}")
    ResponseEntity<Void> withdraw(@PathVariable String id, @PathVariable String documentId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            Authentication authentication) {
        documents.withdraw(CurrentUser.of(authentication), id, documentId, expected(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/me/documents")
    List<SharedDocument> ownDocuments(Authentication authentication) {
        return documents.ownDocuments(CurrentUser.of(authentication));
    }

    @GetMapping("/api/me/documents/{documentId}/content")
    ResponseEntity<byte[]> ownContent(@PathVariable String documentId, Authentication authentication) {
        return file(documents.ownContent(CurrentUser.of(authentication), documentId));
    }

    @GetMapping("/api/me/documents/{documentId}/thumbnail")
    ResponseEntity<byte[]> ownThumbnail(@PathVariable String documentId, Authentication authentication) {
        return thumbnail(documents.ownThumbnail(CurrentUser.of(authentication), documentId));
    }

    private static Integer expected(String ifMatch) {
        Long expected = Versions.expected(ifMatch);
        return expected == null ? null : Math.toIntExact(expected);
    }

    private static ResponseEntity<byte[]> file(DocumentService.Download download) {
        var document = download.document();
        boolean image = document.mediaType().startsWith("image/");
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, contentDisposition(image ? "inline" : "attachment",
                        document.fileName()))
                .cacheControl(CacheControl.noStore())
                .body(download.bytes());
    }

    private static ResponseEntity<byte[]> thumbnail(DocumentService.Download download) {
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG)
                .cacheControl(CacheControl.noStore())
                .body(download.bytes());
    }

    /**
     * {@code inline|attachment; filename="…"; filename*=UTF-8''…} (RFC 6266): the plain name keeps only letters,
     * digits and a few safe marks of ASCII (others become {@code _}), the encoded one every character of the title,
     * percent-encoded, so no quote, semicolon or line break can end the header or start another.
     */
    static String contentDisposition(String type, String fileName) {
        var ascii = new StringBuilder();
        var encoded = new StringBuilder();
        for (byte b : fileName.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '-' || c == '_';
            encoded.append(plain ? String.valueOf((char) c) : String.format("%%%02X", c));
        }
        fileName.codePoints().forEach(c -> ascii.append(
                (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-'
                        || c == ' ' ? (char) c : '_'));
        return type + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
