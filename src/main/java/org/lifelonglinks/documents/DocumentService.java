package org.lifelonglinks.documents;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.network.NetworkAccess;
import org.lifelonglinks.safeguarding.NetworkSafety;
import org.lifelonglinks.safeguarding.Safeguarding;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.security.Role;
import org.lifelonglinks.system.ForbiddenException;
import org.lifelonglinks.system.InvalidFieldException;
import org.lifelonglinks.system.NotFoundException;
import org.lifelonglinks.system.TooLargeException;
import org.springframework.stereotype.Service;

/**
 * Uploads, reads, corrections and withdrawals of documents, each checked against the user's caseload (404 for a
 * young person who is not theirs, as for one who does not exist) and audited; and the documents shared with the
 * young person, which pass through the safeguarding module's view of their network first.
 */
@Service
class DocumentService {

    private final DocumentRepository documents;
    private final DocumentFiles files;
    private final NetworkAccess network;
    private final Safeguarding safeguarding;
    private final AuditTrail audit;
    private final DocumentProperties properties;
    private final Clock clock;

    DocumentService(DocumentRepository documents, DocumentFiles files, NetworkAccess network,
            Safeguarding safeguarding, AuditTrail audit, DocumentProperties properties, Clock clock) {
        this.documents = documents;
        this.files = files;
        this.network = network;
        this.safeguarding = safeguarding;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** An upload as it arrived: the bytes, the name on the uploader's device, and the description. */
    record Upload(byte[] content, String fileName, DocumentRequest description) {
    }

    /** The document kept, and whether it is new (false: this record already held the same content). */
    record Uploaded(Document document, boolean created) {
    }

    Uploaded upload(CurrentUser user, String youngPersonId, Upload upload) {
        requireWorker(user);
        network.readable(user, youngPersonId);
        if (upload.content().length == 0) {
            throw new InvalidFieldException("file", "file is empty");
        }
        if (upload.content().length > properties.maxSize().toBytes()) {
            throw tooLarge();
        }
        var prepared = Content.prepare(upload.content(), properties.thumbnailSize());
        var description = upload.description().checkedForUpload(LocalDate.now(clock), upload.fileName(),
                prepared.type());
        requireInNetwork(youngPersonId, description.about());
        String hash = DocumentFiles.sha256(prepared.bytes());
        return files.exclusively(() -> {
            var existing = documents.findByContent(youngPersonId, hash);
            if (existing.isPresent()) {
                return new Uploaded(existing.get(), false);
            }
            files.keep(hash, prepared.bytes(), prepared.thumbnail());
            String id = UUID.randomUUID().toString();
            var node = new HashMap<String, Object>();
            node.put("id", id);
            node.put("version", 1);
            node.put("title", description.title());
            node.put("date", description.date());
            node.put("kind", description.kind().name());
            node.put("mediaType", prepared.type().contentType());
            node.put("size", (long) prepared.bytes().length);
            node.put("sha256", hash);
            node.put("about", description.about());
            node.put("shareWithYoungPerson", description.shareWithYoungPerson());
            node.put("uploadedBy", user.username());
            node.put("thumbnail", prepared.thumbnail() != null);
            documents.create(youngPersonId, node, AuditEvent.of(user.username(), "DOCUMENT_UPLOADED", youngPersonId)
                    .withDetail("document " + id + ", " + description.kind().name().toLowerCase(java.util.Locale.ROOT)
                            + ", " + prepared.type().contentType() + ", " + prepared.bytes().length + " bytes"
                            + (description.shareWithYoungPerson() ? ", shared with the young person" : "")));
            return new Uploaded(document(youngPersonId, id), true);
        });
    }

    List<Document> list(CurrentUser user, String youngPersonId) {
        requireWorker(user);
        network.readable(user, youngPersonId);
        var safety = safeguarding.network(youngPersonId);
        var all = documents.list(youngPersonId, false).stream().map(d -> reach(d, safety)).toList();
        audit.append(AuditEvent.of(user.username(), "DOCUMENTS_READ", youngPersonId)
                .withDetail(all.size() + " documents"));
        return all;
    }

    Document read(CurrentUser user, String youngPersonId, String documentId) {
        requireWorker(user);
        network.readable(user, youngPersonId);
        var document = document(youngPersonId, documentId);
        audit.append(AuditEvent.of(user.username(), "DOCUMENT_READ", youngPersonId)
                .withDetail("document " + documentId + ", version " + document.version()));
        return document;
    }

    /** The kept bytes, for a download; every download is audited. */
    Download content(CurrentUser user, String youngPersonId, String documentId) {
        requireWorker(user);
        network.readable(user, youngPersonId);
        var document = document(youngPersonId, documentId);
        byte[] bytes = files.read(document.sha256()).orElseThrow(() -> new NotFoundException("Document's file"));
        audit.append(AuditEvent.of(user.username(), "DOCUMENT_DOWNLOADED", youngPersonId)
                .withDetail("document " + documentId + ", version " + document.version()));
        return new Download(document, bytes);
    }

    /** A photo's thumbnail; shown in the list whose read is audited, so not audited one by one. */
    Download thumbnail(CurrentUser user, String youngPersonId, String documentId) {
        requireWorker(user);
        network.readable(user, youngPersonId);
        var document = document(youngPersonId, documentId);
        return thumbnailOf(document);
    }

    Document correct(CurrentUser user, String youngPersonId, String documentId, Integer expected,
            DocumentRequest request) {
        requireWorker(user);
        network.readable(user, youngPersonId);
        var current = document(youngPersonId, documentId);
        var changes = (request == null ? new DocumentRequest(null, null, null, null, null) : request)
                .correcting(current, LocalDate.now(clock));
        requireInNetwork(youngPersonId, changes.about().stream()
                .filter(id -> !current.aboutIds().contains(id)).toList());
        documents.correct(youngPersonId, documentId, expected, changes, user.username(),
                AuditEvent.of(user.username(), "DOCUMENT_CORRECTED", youngPersonId));
        return document(youngPersonId, documentId);
    }

    /** Takes the document off the record (uploaded in error, say); its bytes go unless another document has them. */
    void withdraw(CurrentUser user, String youngPersonId, String documentId, Integer expected) {
        requireWorker(user);
        network.changeable(user, youngPersonId);
        files.exclusively(() -> {
            String hash = documents.withdraw(youngPersonId, documentId, expected,
                    AuditEvent.of(user.username(), "DOCUMENT_WITHDRAWN", youngPersonId));
            if (!documents.referenced(hash)) {
                files.remove(hash);
            }
            return null;
        });
    }

    // ---- the young person's own ----

    /**
     * The documents shared with the young person, for their own page: one about anyone the safeguarding module
     * does not say they may see (hidden, barred, barred by a decision that expired with no new one, under erasure)
     * is left out whole.
     */
    List<SharedDocument> ownDocuments(CurrentUser user) {
        String youngPersonId = ownRecord(user);
        var shown = shown(youngPersonId).stream()
                .map(d -> new SharedDocument(d.id(), d.title(), d.date(), d.kind(), d.mediaType(),
                        "/api/me/documents/" + d.id() + "/content",
                        d.thumbnail() ? "/api/me/documents/" + d.id() + "/thumbnail" : null))
                .toList();
        audit.append(AuditEvent.of(user.username(), "OWN_DOCUMENTS_READ", youngPersonId)
                .withDetail(shown.size() + " documents"));
        return shown;
    }

    Download ownContent(CurrentUser user, String documentId) {
        String youngPersonId = ownRecord(user);
        var document = ownDocument(youngPersonId, documentId);
        byte[] bytes = files.read(document.sha256()).orElseThrow(() -> new NotFoundException("Document"));
        audit.append(AuditEvent.of(user.username(), "OWN_DOCUMENT_DOWNLOADED", youngPersonId)
                .withDetail("document " + documentId + ", version " + document.version()));
        return new Download(document, bytes);
    }

    Download ownThumbnail(CurrentUser user, String documentId) {
        String youngPersonId = ownRecord(user);
        return thumbnailOf(ownDocument(youngPersonId, documentId));
    }

    private Document ownDocument(String youngPersonId, String documentId) {
        return shown(youngPersonId).stream().filter(d -> d.id().equals(documentId)).findFirst()
                .orElseThrow(() -> new NotFoundException("Document"));
    }

    /** Shared, and about no one the safeguarding module keeps from the young person today. */
    private List<Document> shown(String youngPersonId) {
        NetworkSafety safety = safeguarding.network(youngPersonId);
        return documents.list(youngPersonId, true).stream()
                .map(d -> reach(d, safety))
                .filter(Document::reachesYoungPerson)
                .toList();
    }

    private String ownRecord(CurrentUser user) {
        if (!user.is(Role.YOUNG_PERSON) || user.youngPersonId() == null) {
            throw new NotFoundException("Your own documents (this account is not a young person's)");
        }
        network.readable(user, user.youngPersonId());
        return user.youngPersonId();
    }

    // ----

    /** A document's bytes (or its thumbnail's) with the description they belong to. */
    record Download(Document document, byte[] bytes) {
    }

    private Download thumbnailOf(Document document) {
        if (!document.thumbnail()) {
            throw new NotFoundException("Thumbnail (only photos that could be read have one)");
        }
        return new Download(document, files.thumbnail(document.sha256())
                .orElseThrow(() -> new NotFoundException("Thumbnail")));
    }

    private Document document(String youngPersonId, String documentId) {
        return reach(documents.find(youngPersonId, documentId).orElseThrow(() -> new NotFoundException("Document")),
                safeguarding.network(youngPersonId));
    }

    /** Whether the young person's own page shows it: the same rule as {@link #shown}, for the worker to see. */
    private static Document reach(Document document, NetworkSafety safety) {
        return document.reaching(document.shareWithYoungPerson()
                && document.aboutIds().stream().allMatch(safety::shownToYoungPerson));
    }

    private void requireInNetwork(String youngPersonId, List<String> people) {
        for (String personId : people) {
            try {
                network.connected(youngPersonId, personId);
            } catch (NotFoundException e) {
                throw new InvalidFieldException("about", "about lists someone who is not in this young person's "
                        + "network");
            }
        }
    }

    private TooLargeException tooLarge() {
        return new TooLargeException("file", "file is larger than the service takes ("
                + properties.maxSize().toMegabytes() + " MB at most)");
    }

    private static void requireWorker(CurrentUser user) {
        if (!(user.isAdmin() || user.is(Role.COORDINATOR) || user.is(Role.SOCIAL_WORKER))) {
            throw new ForbiddenException("Only workers upload and read documents");
        }
    }
}
