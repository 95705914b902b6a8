package org.lifelonglinks.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.IntegrationTest;
import org.lifelonglinks.system.StorageProperties;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/** Documents and photos through HTTP: what is kept, who may see it, what reaches the young person, and erasure. */
class DocumentsIntegrationTests extends IntegrationTest {

    @Autowired
    private StorageProperties storage;

    private String youngPerson;
    private Api coordinator;

    @BeforeEach
    void caseload() {
        coordinator = fixtures.user("COORDINATOR");
        youngPerson = fixtures.youngPerson(coordinator);
    }

    @Test
    void aPhonePhotoIsKeptWithoutItsPlaceOnceByContentOwnerOnlyWithAThumbnail() throws Exception {
        byte[] phone = Pictures.phoneJpeg(64, 48, 11);
        var uploaded = upload(coordinator, youngPerson, "IMG_2041.jpg", "image/jpeg", phone,
                List.of(Map.entry("title", "Gran's garden"), Map.entry("date", "2020-06-01")));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
        assertThat(uploaded.header("ETag")).isEqualTo("\"1\"");
        assertThat(uploaded.header("Location")).isEqualTo(path(youngPerson, "/documents/" + uploaded.text("id")));
        var document = uploaded.json();
        assertThat(document.path("title").asString()).isEqualTo("Gran's garden");
        assertThat(document.path("kind").asString()).isEqualTo("PHOTO");
        assertThat(document.path("mediaType").asString()).isEqualTo("image/jpeg");
        assertThat(document.path("date").asString()).isEqualTo("2020-06-01");
        assertThat(document.path("thumbnail").asBoolean()).isTrue();
        assertThat(document.path("uploadedBy").asString()).isEqualTo(coordinator.username());
        String id = document.path("id").asString();
        String hash = document.path("sha256").asString();

        var content = coordinator.binary(path(youngPerson, "/documents/" + id + "/content"));
        assertThat(content.status()).isEqualTo(200);
        assertThat(content.header("Content-Type")).isEqualTo("image/jpeg");
        assertThat(content.header("Content-Disposition"))
                .isEqualTo("inline; filename=\"Gran_s garden.jpg\"; filename*=UTF-8''Gran%27s%20garden.jpg");
        assertThat(content.header("Cache-Control")).contains("no-store");
        for (String secret : new String[] {Pictures.PLACE, Pictures.XMP_PLACE, Pictures.COMMENT, Pictures.TRAILER}) {
            assertThat(Pictures.contains(content.body(), secret)).as(secret).isFalse();
        }
        assertThat(DocumentFiles.sha256(content.body())).isEqualTo(hash);
        assertThat(content.body().length).isEqualTo(document.path("size").asInt()).isLessThan(phone.length);

        Path folder = storage.dataDir().resolve("documents");
        Path file = folder.resolve(hash);
        assertThat(Files.readAllBytes(file)).isEqualTo(content.body());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");

        var thumbnail = coordinator.binary(path(youngPerson, "/documents/" + id + "/thumbnail"));
        assertThat(thumbnail.status()).isEqualTo(200);
        assertThat(thumbnail.header("Content-Type")).isEqualTo("image/jpeg");
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(thumbnail.body())).getHeight())
                .as("upright: the phone said it was turned").isEqualTo(64);

        // The same photo again (a retry, or sent twice): the document already there, not a second one.
        var again = upload(coordinator, youngPerson, "copy.jpg", "image/jpeg", phone, List.of());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.text("id")).isEqualTo(id);
        // The same photo on another young person's record: a document of theirs, the bytes kept once.
        String other = fixtures.youngPerson(coordinator);
        var elsewhere = upload(coordinator, other, "IMG_2041.jpg", "image/jpeg", phone, List.of());
        assertThat(elsewhere.status()).isEqualTo(201);
        assertThat(elsewhere.text("id")).isNotEqualTo(id);
        assertThat(elsewhere.text("sha256")).isEqualTo(hash);
        try (Stream<Path> kept = Files.list(folder)) {
            assertThat(kept.filter(f -> f.getFileName().toString().startsWith(hash)).count())
                    .as("the file and its thumbnail, once").isEqualTo(2);
        }
        assertThat(coordinator.get(path(youngPerson, "/documents")).json().size()).isEqualTo(1);

        var downloads = admin.get("/api/audit?youngPersonId=" + youngPerson + "&action=DOCUMENT_DOWNLOADED").json();
        assertThat(downloads.size()).isEqualTo(1);
        assertThat(downloads.get(0).path("username").asString()).isEqualTo(coordinator.username());
        assertThat(downloads.get(0).path("detail").asString()).isEqualTo("document " + id + ", version 1");
        assertThat(admin.get("/api/audit?youngPersonId=" + youngPerson + "&action=DOCUMENT_UPLOADED").json().size())
                .isEqualTo(1);
    }

    @Test
    void onlyPdfJpegAndPngAreTakenByTheirContentWithinTheSizeLimit() {
        var gif = upload(coordinator, youngPerson, "photo.jpg", "image/jpeg",
                "GIF89a\u0001\u0000\u0001\u0000".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), List.of());
        assertThat(gif.status()).as(gif.toString()).isEqualTo(415);
        assertThat(gif.contentType()).startsWith("application/problem+json");
        assertThat(gif.text("type")).isEqualTo("/problems/unsupported-media-type");
        assertThat(gif.text("field")).isEqualTo("file");
        var html = upload(coordinator, youngPerson, "letter.pdf", "application/pdf",
                "<html><script>alert(1)</script>".getBytes(java.nio.charset.StandardCharsets.UTF_8), List.of());
        assertThat(html.status()).isEqualTo(415);
        byte[] jpeg = Pictures.plain("jpeg", 16, 16, 4);
        var cut = upload(coordinator, youngPerson, "cut.jpg", "image/jpeg",
                java.util.Arrays.copyOf(jpeg, jpeg.length - 40), List.of());
        assertThat(cut.status()).isEqualTo(422);
        assertThat(cut.text("field")).isEqualTo("file");
        var empty = upload(coordinator, youngPerson, "empty.pdf", "application/pdf", new byte[0], List.of());
        assertThat(empty.status()).isEqualTo(422);
        var noFile = upload(coordinator, youngPerson, null, null, null, List.of(Map.entry("title", "Nothing")));
        assertThat(noFile.status()).isEqualTo(400);
        assertThat(noFile.text("field")).isEqualTo("file");

        byte[] large = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(Pictures.pdf("big"), 0, large, 0, 8);
        var tooLarge = upload(coordinator, youngPerson, "big.pdf", "application/pdf", large, List.of());
        assertThat(tooLarge.status()).as(tooLarge.toString()).isEqualTo(413);
        assertThat(tooLarge.contentType()).startsWith("application/problem+json");
        assertThat(tooLarge.text("type")).isEqualTo("/problems/too-large");
        assertThat(tooLarge.text("field")).isEqualTo("file");

        var future = upload(coordinator, youngPerson, "a.pdf", "application/pdf", Pictures.pdf("future"),
                List.of(Map.entry("date", LocalDate.now().plusDays(2).toString())));
        assertThat(future.status()).isEqualTo(422);
        assertThat(future.text("field")).isEqualTo("date");
        var kind = upload(coordinator, youngPerson, "a.pdf", "application/pdf", Pictures.pdf("kind"),
                List.of(Map.entry("kind", "SELFIE")));
        assertThat(kind.text("field")).isEqualTo("kind");
        var stranger = upload(coordinator, youngPerson, "a.pdf", "application/pdf", Pictures.pdf("about"),
                List.of(Map.entry("about", "no-such-person")));
        assertThat(stranger.status()).isEqualTo(422);
        assertThat(stranger.text("field")).isEqualTo("about");
        var bell = upload(coordinator, youngPerson, "a.pdf", "application/pdf", Pictures.pdf("bell"),
                List.of(Map.entry("title", "Bell\u0007")));
        assertThat(bell.text("field")).isEqualTo("title");
        assertThat(coordinator.get(path(youngPerson, "/documents")).json().isEmpty()).isTrue();

        var pdf = upload(coordinator, youngPerson, "Letter from Gran.pdf", "application/octet-stream",
                Pictures.pdf("Dear Robin"), List.of(Map.entry("kind", "letter")));
        assertThat(pdf.status()).isEqualTo(201);
        assertThat(pdf.text("title")).isEqualTo("Letter from Gran");
        assertThat(pdf.text("kind")).isEqualTo("LETTER");
        assertThat(pdf.text("mediaType")).isEqualTo("application/pdf");
        assertThat(pdf.json().path("thumbnail").asBoolean()).isFalse();
        var download = coordinator.binary(path(youngPerson, "/documents/" + pdf.text("id") + "/content"));
        assertThat(download.header("Content-Type")).isEqualTo("application/pdf");
        assertThat(download.header("Content-Disposition")).startsWith("attachment; ");
        assertThat(coordinator.binary(path(youngPerson, "/documents/" + pdf.text("id") + "/thumbnail")).status())
                .isEqualTo(404);
        var png = upload(coordinator, youngPerson, "drawing.png", "image/png", Pictures.phonePng(30, 20, 6),
                List.of(), Map.of("Idempotency-Key", "upload-" + youngPerson));
        assertThat(png.status()).as("an Idempotency-Key does not stop an upload").isEqualTo(201);
        assertThat(Pictures.contains(coordinator.binary(path(youngPerson, "/documents/" + png.text("id")
                + "/content")).body(), Pictures.PNG_TEXT)).isFalse();
    }

    @Test
    void aCorrectionIsTheNextVersionAndAStaleOneIsRefused() {
        String gran = fixtures.person(youngPerson, "Granny", "Docwell");
        var uploaded = upload(coordinator, youngPerson, "scan.pdf", "application/pdf", Pictures.pdf("scan"),
                List.of());
        String document = path(youngPerson, "/documents/" + uploaded.text("id"));
        var corrected = coordinator.send("PATCH", document, """
                {"title": "Birthday card from Gran", "kind": "LETTER", "about": ["%s"], "shareWithYoungPerson": true}"""
                .formatted(gran), Map.of("If-Match", "\"1\""));
        assertThat(corrected.status()).as(corrected.toString()).isEqualTo(200);
        assertThat(corrected.header("ETag")).isEqualTo("\"2\"");
        assertThat(corrected.text("title")).isEqualTo("Birthday card from Gran");
        assertThat(corrected.json().path("about").get(0).path("name").asString()).isEqualTo("Granny Docwell");
        assertThat(corrected.json().path("shareWithYoungPerson").asBoolean()).isTrue();
        var stale = coordinator.send("PATCH", document, "{\"title\": \"Overwrite\"}", Map.of("If-Match", "\"1\""));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.header("ETag")).isEqualTo("\"2\"");
        assertThat(coordinator.get(document).text("title")).isEqualTo("Birthday card from Gran");
        assertThat(admin.get("/api/audit?youngPersonId=" + youngPerson + "&action=DOCUMENT_CORRECTED").json()
                .get(0).path("detail").asString())
                .isEqualTo("document " + uploaded.text("id") + ", version 2, changed: title, kind, about, "
                        + "shareWithYoungPerson");

        assertThat(coordinator.send("DELETE", document, null, Map.of("If-Match", "\"1\"")).status()).isEqualTo(412);
        assertThat(coordinator.delete(document).status()).isEqualTo(204);
        assertThat(coordinator.get(document).status()).isEqualTo(404);
        assertThat(Files.exists(storage.dataDir().resolve("documents").resolve(uploaded.text("sha256"))))
                .as("no other document holds it").isFalse();
        assertThat(admin.get("/api/audit?youngPersonId=" + youngPerson + "&action=DOCUMENT_WITHDRAWN").json().size())
                .isEqualTo(1);
        assertThat(admin.get("/api/audit?youngPersonId=" + youngPerson + "&action=DOCUMENT_READ").json().size())
                .as("the one read that found it").isEqualTo(1);
    }

    @Test
    void anotherCaseloadsDocumentsAreNotFound() {
        var uploaded = upload(coordinator, youngPerson, "private.pdf", "application/pdf", Pictures.pdf("private"),
                List.of());
        String document = path(youngPerson, "/documents/" + uploaded.text("id"));
        var stranger = fixtures.user("COORDINATOR");
        assertThat(stranger.get(path(youngPerson, "/documents")).status()).isEqualTo(404);
        assertThat(stranger.get(document).status()).isEqualTo(404);
        assertThat(stranger.binary(document + "/content").status()).isEqualTo(404);
        assertThat(stranger.binary(document + "/thumbnail").status()).isEqualTo(404);
        assertThat(stranger.send("PATCH", document, "{\"title\": \"Mine\"}").status()).isEqualTo(404);
        assertThat(stranger.delete(document).status()).isEqualTo(404);
        assertThat(upload(stranger, youngPerson, "x.pdf", "application/pdf", Pictures.pdf("x"), List.of()).status())
                .isEqualTo(404);
        // Another young person's id with this document: not found either.
        String theirs = fixtures.youngPerson(stranger);
        assertThat(stranger.binary(path(theirs, "/documents/" + uploaded.text("id") + "/content")).status())
                .isEqualTo(404);
        assertThat(coordinator.get(document).text("title")).isEqualTo("private");
        assertThat(fixtures.user("MANAGER").get("/api/me/documents").status()).isEqualTo(404);
        assertThat(fixtures.user("YOUNG_PERSON", youngPerson).get(path(youngPerson, "/documents")).status())
                .isEqualTo(403);
    }

    @Test
    void onlySharedDocumentsReachTheYoungPersonAndNeverOneAboutSomeoneKeptFromThem() {
        var socialWorker = fixtures.user("SOCIAL_WORKER");
        fixtures.assign(youngPerson, socialWorker, "SOCIAL_WORKER");
        String gran = person("Granny", false);
        String hidden = person("Secretia", true);
        String barred = person("Barrett", false);
        assertThat(socialWorker.post("/api/people/" + barred + "/safety", """
                {"youngPersonId": "%s", "decision": "DO_NOT_CONTACT", "basis": "COURT_ORDER"}"""
                .formatted(youngPerson)).status()).isEqualTo(201);
        String granPhoto = share("Gran at the seaside", Pictures.phoneJpeg(40, 30, 21), true, gran);
        share("Gran's file copy", Pictures.pdf("file only"), false, gran);
        String secret = share("Secretia's letter", Pictures.pdf("secretia"), true, hidden);
        String card = share("Barrett's card", Pictures.plain("png", 20, 20, 22), true, barred);
        share("Gran and Barrett", Pictures.plain("png", 20, 20, 23), true, gran, barred);
        String certificate = share("Swimming certificate", Pictures.pdf("25 metres"), true);

        var own = fixtures.user("YOUNG_PERSON", youngPerson);
        var shared = own.get("/api/me/documents");
        assertThat(shared.status()).as(shared.toString()).isEqualTo(200);
        assertThat(shared.json().valueStream().map(d -> d.path("title").asString()).toList())
                .containsExactlyInAnyOrder("Gran at the seaside", "Swimming certificate");
        assertThat(shared.body()).doesNotContain(gran).doesNotContain(hidden).doesNotContain(barred)
                .doesNotContain(coordinator.username()).doesNotContain("sha256");
        var photo = shared.json().valueStream().filter(d -> d.path("id").asString().equals(granPhoto)).findFirst()
                .orElseThrow();
        assertThat(photo.path("thumbnail").asString()).isEqualTo("/api/me/documents/" + granPhoto + "/thumbnail");
        assertThat(own.binary(photo.path("content").asString()).status()).isEqualTo(200);
        assertThat(own.binary(photo.path("thumbnail").asString()).status()).isEqualTo(200);
        assertThat(own.binary("/api/me/documents/" + certificate + "/content").header("Content-Type"))
                .isEqualTo("application/pdf");
        for (String kept : List.of(secret, card)) {
            assertThat(own.binary("/api/me/documents/" + kept + "/content").status()).isEqualTo(404);
            assertThat(own.binary("/api/me/documents/" + kept + "/thumbnail").status()).isEqualTo(404);
        }
        assertThat(own.binary(path(youngPerson, "/documents/" + granPhoto + "/content")).status()).isEqualTo(403);
        // The worker sees which shared documents do not reach the young person, by the same rule.
        var reaching = coordinator.get(path(youngPerson, "/documents")).json().valueStream()
                .filter(d -> d.path("reachesYoungPerson").asBoolean()).map(d -> d.path("title").asString()).toList();
        assertThat(reaching).containsExactlyInAnyOrder("Gran at the seaside", "Swimming certificate");

        // Another young person's shared document is not theirs to fetch.
        String other = fixtures.youngPerson(coordinator);
        var elsewhere = upload(coordinator, other, "x.pdf", "application/pdf", Pictures.pdf("elsewhere"),
                List.of(Map.entry("shareWithYoungPerson", "true")));
        assertThat(own.binary("/api/me/documents/" + elsewhere.text("id") + "/content").status()).isEqualTo(404);

        var downloads = admin.get("/api/audit?youngPersonId=" + youngPerson + "&action=OWN_DOCUMENT_DOWNLOADED")
                .json();
        assertThat(downloads.size()).as("the photo and the certificate; thumbnails and refusals are not downloads")
                .isEqualTo(2);
        assertThat(admin.get("/api/audit?youngPersonId=" + youngPerson + "&action=OWN_DOCUMENTS_READ").json().size())
                .isEqualTo(1);
    }

    @Test
    void erasureTakesTheDocumentsAndTheBytesNoOtherDocumentHolds() {
        String gran = person("Granny", false);
        byte[] both = Pictures.phoneJpeg(24, 24, 31);
        String sharedHash = upload(coordinator, youngPerson, "both.jpg", "image/jpeg", both, List.of()).text("sha256");
        String onlyHereHash = upload(coordinator, youngPerson, "only.pdf", "application/pdf", Pictures.pdf("only"),
                List.of()).text("sha256");
        var aboutGran = upload(coordinator, youngPerson, "gran.png", "image/png", Pictures.plain("png", 10, 10, 32),
                List.of(Map.entry("about", gran), Map.entry("shareWithYoungPerson", "on")));
        String other = fixtures.youngPerson(coordinator);
        String otherDocument = upload(coordinator, other, "both.jpg", "image/jpeg", both, List.of()).text("id");

        // Erasing a person: the documents stay on the record, no longer naming them, and no longer shared.
        var erased = admin.post("/api/people/" + gran + "/erasure", "{\"reason\": \"Entered by mistake\"}");
        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        var afterPerson = coordinator.get(path(youngPerson, "/documents/" + aboutGran.text("id"))).json();
        assertThat(afterPerson.path("about").isEmpty()).isTrue();
        assertThat(afterPerson.path("shareWithYoungPerson").asBoolean()).isFalse();

        var gone = admin.post("/api/young-people/" + youngPerson + "/erasure", "{\"reason\": \"Retention ended\"}");
        assertThat(gone.status()).as(gone.toString()).isEqualTo(200);
        Path folder = storage.dataDir().resolve("documents");
        assertThat(Files.exists(folder.resolve(onlyHereHash))).isFalse();
        assertThat(Files.exists(folder.resolve(aboutGran.text("sha256")))).isFalse();
        assertThat(Files.exists(folder.resolve(aboutGran.text("sha256") + ".thumbnail"))).isFalse();
        assertThat(Files.exists(folder.resolve(sharedHash))).as("another record's document holds it").isTrue();
        assertThat(coordinator.binary(path(other, "/documents/" + otherDocument + "/content")).status())
                .isEqualTo(200);
        assertThat(driver.executableQuery("MATCH (d:Document {sha256: $hash}) RETURN count(d) AS n")
                .withParameters(Map.of("hash", onlyHereHash)).execute().records().getFirst().get("n").asInt())
                .isZero();
    }

    @Test
    void documentsAreInTheChronologyAndTheSubjectAccessPacks() throws Exception {
        String gran = person("Granny", false);
        String hidden = person("Secretia", true);
        upload(coordinator, youngPerson, "scan.pdf", "application/pdf", Pictures.pdf("Dear Robin"),
                List.of(Map.entry("title", "Gran's letter"), Map.entry("kind", "LETTER"), Map.entry("about", gran),
                        Map.entry("shareWithYoungPerson", "true"),
                        Map.entry("date", LocalDate.now().minusDays(3).toString())));
        upload(coordinator, youngPerson, "s.png", "image/png", Pictures.plain("png", 12, 12, 41),
                List.of(Map.entry("title", "Photo from the box"), Map.entry("about", hidden),
                        Map.entry("shareWithYoungPerson", "true"),
                        Map.entry("date", LocalDate.now().minusDays(1).toString())));

        var chronology = coordinator.get(path(youngPerson, "/chronology?kinds=DOCUMENT")).json();
        assertThat(chronology.valueStream().map(e -> e.path("what").asString()).toList()).containsExactly(
                "Letter added: Gran's letter (about Granny Docwell) [shared with the young person]",
                "Photo added: Photo from the box (about Secretia Docwell) [shared with the young person]");
        assertThat(chronology.get(0).path("by").asString()).isEqualTo(coordinator.username());
        assertThat(chronology.get(0).path("personId").asString()).isEqualTo(gran);
        var everything = coordinator.get(path(youngPerson, "/chronology")).json();
        assertThat(everything.valueStream().map(e -> e.path("kind").asString()).toList())
                .containsExactly("DOCUMENT", "DOCUMENT", "REFERRAL");
        assertThat(coordinator.get(path(youngPerson, "/chronology.html?kinds=DOCUMENT")).body())
                .contains("Letter added: Gran");
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(coordinator.bytes(path(youngPerson,
                "/chronology.pdf?kinds=DOCUMENT")))) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(pdf)).contains("Photo added: Photo from");
        }

        var aboutGran = coordinator.get("/api/people/" + gran + "/subject-access").json();
        var documents = aboutGran.path("caseNotesAndTasks").get(0).path("documents");
        assertThat(documents.size()).isEqualTo(1);
        assertThat(documents.get(0).path("title").asString()).isEqualTo("Gran's letter");
        assertThat(documents.get(0).path("kind").asString()).isEqualTo("LETTER");
        assertThat(documents.get(0).has("about")).isFalse();
        var own = coordinator.get("/api/young-people/" + youngPerson + "/subject-access").json();
        var shared = own.path("ownRecord").path("documentsSharedWithYou");
        assertThat(shared.valueStream().map(d -> d.path("title").asString()).toList())
                .as("not the one about someone hidden from them").containsExactly("Gran's letter");
    }

    @Test
    void hostileFileNamesBecomeHarmlessTitlesAndDownloadNames() throws Exception {
        var strings = new ArrayList<String>();
        try (InputStream in = getClass().getResourceAsStream("/hostile-strings.json")) {
            JsonMapper.builder().build().readTree(in).path("strings")
                    .forEach(entry -> strings.add(entry.path("value").asString()));
        }
        strings.addAll(List.of("../../../etc/passwd", "..\\..\\boot.ini", "a\u0000b.pdf", "line\r\nbreak.pdf",
                "\u202Egnp.exe", "CON", ".."));
        var header = Pattern.compile("attachment; filename=\"[A-Za-z0-9 ._-]*\"; filename\\*=UTF-8''[A-Za-z0-9._%-]+");
        int i = 0;
        for (String name : strings) {
            var uploaded = upload(coordinator, youngPerson, name, "application/pdf", Pictures.pdf("hostile " + i++),
                    List.of());
            String shortName = name.length() > 40 ? name.substring(0, 40) + "…" : name;
            assertThat(uploaded.status()).as(shortName + " -> " + uploaded.status()).isIn(201, 400, 413);
            if (uploaded.status() != 201) {
                // A part header the servlet cannot read (a NUL in it) is malformed, one longer than the servlet
                // reads is too large: refused as problem details, never a 500.
                assertThat(uploaded.text("type")).isIn("/problems/malformed-request", "/problems/too-large");
                continue;
            }
            String title = uploaded.text("title");
            assertThat(title).as(shortName).doesNotContain("/", "\\", "\u0000", "\r", "\n").isNotBlank();
            var download = coordinator.binary(path(youngPerson, "/documents/" + uploaded.text("id") + "/content"));
            assertThat(download.header("Content-Disposition")).as(shortName).matches(header);
        }
        try (Stream<Path> files = Files.list(storage.dataDir().resolve("documents"))) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .allMatch(f -> f.matches("[0-9a-f]{64}(\\.thumbnail)?"));
        }
    }

    private String share(String title, byte[] content, boolean shared, String... about) {
        var fields = new ArrayList<Map.Entry<String, String>>();
        fields.add(Map.entry("title", title));
        fields.add(Map.entry("shareWithYoungPerson", String.valueOf(shared)));
        for (String personId : about) {
            fields.add(Map.entry("about", personId));
        }
        var type = MediaType.sniff(content);
        var response = upload(coordinator, youngPerson, "file." + type.extension(), type.contentType(), content,
                fields);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("id");
    }

    private Api.Response upload(Api as, String youngPersonId, String fileName, String contentType, byte[] content,
            List<Map.Entry<String, String>> fields) {
        return upload(as, youngPersonId, fileName, contentType, content, fields, Map.of());
    }

    private Api.Response upload(Api as, String youngPersonId, String fileName, String contentType, byte[] content,
            List<Map.Entry<String, String>> fields, Map<String, String> headers) {
        return as.upload(path(youngPersonId, "/documents"), fileName, contentType, content, fields, headers);
    }

    private String person(String givenName, boolean hidden) {
        var response = coordinator.post(path(youngPerson, "/people"), """
                {"givenName": "%s", "familyName": "Docwell", "birthYear": 1970, "relationship": "relative",
                 "category": "FAMILY", "baseline": "REGULAR", "hiddenFromYoungPerson": %s}"""
                .formatted(givenName, hidden));
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.text("personId");
    }

    private static String path(String youngPersonId, String rest) {
        return "/api/young-people/" + youngPersonId + rest;
    }
}
