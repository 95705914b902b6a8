package org.lifelonglinks.tracing;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.function.LongConsumer;
import java.util.regex.Pattern;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.system.BackgroundJobs;
import org.lifelonglinks.system.BadRequestException;
import org.lifelonglinks.system.InvalidFieldException;
import org.lifelonglinks.system.NotFoundException;
import org.lifelonglinks.system.TextRules;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reference directories that tracing searches (former foster carers, case-record person indexes, school
 * contacts), imported by administrators as CSV streamed straight from the request into the index, or with
 * {@code background=true} saved first and imported by a background job that reports the rows read so far.
 */
@RestController
class DirectoryController {

    private static final Logger log = LoggerFactory.getLogger(DirectoryController.class);
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    private static final long LOG_EVERY = 50_000;
    private static final String DIRECTORY_IMPORT = "DIRECTORY_IMPORT";

    private final DirectoryCsvImporter importer;
    private final DirectoryRecordRepository records;
    private final IndexChangeApplier applier;
    private final AuditTrail audit;
    private final BackgroundJobs jobs;

    DirectoryController(DirectoryCsvImporter importer, DirectoryRecordRepository records, IndexChangeApplier applier,
            AuditTrail audit, BackgroundJobs jobs) {
        this.importer = importer;
        this.records = records;
        this.applier = applier;
        this.audit = audit;
        this.jobs = jobs;
        // Idempotent by directory and record id: after a restart the job runs the whole file again.
        jobs.registerResumable(DIRECTORY_IMPORT, (parameters, upload, progress) -> {
            long rows = Math.max(0, upload.lines() - 1);
            progress.update("reading", 0, upload.lines() < 0 ? -1 : rows);
            try (var reader = Files.newBufferedReader(upload.file(), StandardCharsets.UTF_8)) {
                // The count of lines is an estimate (a quoted field may hold a line break): never show less.
                return importRecords(parameters.get("directory"), reader,
                        read -> progress.update("reading", read, upload.lines() < 0 ? -1 : Math.max(rows, read)),
                        parameters.get("username"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Adds or replaces records by id. Bad rows are reported with their line numbers; good rows are kept. */
    @PostMapping(path = "/api/directories/{name}/records", consumes = {"text/csv", "text/plain"})
    ResponseEntity<Object> importRecords(@PathVariable String name,
            @RequestParam(defaultValue = "false") boolean background, HttpServletRequest request,
            Authentication authentication) throws IOException {
        requireName(name);
        String username = authentication.getName();
        if (background) {
            var upload = jobs.save(request.getInputStream());
            var job = jobs.startResumable(username, DIRECTORY_IMPORT,
                    java.util.Map.of("directory", name, "username", username), upload);
            return BackgroundJobs.accepted(job);
        }
        try (var reader = TextRules.utf8(request.getInputStream())) {
            long[] lastLogged = {0};
            return ResponseEntity.ok(importRecords(name, reader, rows -> {
                if (rows - lastLogged[0] >= LOG_EVERY) {
                    lastLogged[0] = rows;
                    log.info("Directory {}: {} rows read", name, rows);
                }
            }, username));
        }
    }

    /** The import itself, the same in the request and in a background job. */
    private DirectoryCsvImporter.ImportResult importRecords(String name, Reader reader, LongConsumer progress,
            String username) {
        try {
            var result = importer.importCsv(name, reader, progress);
            audit.append(new AuditEvent(username, "DIRECTORY_IMPORTED", null, null,
                    name + ": " + result.added() + " added, " + result.replaced() + " replaced, " + result.rejected()
                            + " rejected"));
            return result;
        } catch (InvalidDirectoryCsvException e) {
            throw new BadRequestException(e.field(), e.getMessage());
        }
    }

    @DeleteMapping("/api/directories/{name}")
    ResponseEntity<Void> delete(@PathVariable String name, Authentication authentication) {
        requireName(name);
        long removed = records.deleteDirectory(name);
        if (removed == 0) {
            throw new NotFoundException("Directory " + name);
        }
        applier.awaitLatest(IndexChangeApplier.REQUEST_WAIT);
        audit.append(new AuditEvent(authentication.getName(), "DIRECTORY_DELETED", null, null,
                name + ": " + removed + " records"));
        return ResponseEntity.noContent().build();
    }

    private static void requireName(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new InvalidFieldException("name",
                    "a directory name is 1 to 60 lower-case letters, digits or dashes, starting with a letter or digit");
        }
    }
}
