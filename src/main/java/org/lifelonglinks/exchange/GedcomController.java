package org.lifelonglinks.exchange;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.lifelonglinks.network.KinKind;
import org.lifelonglinks.network.KinQualifier;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.system.BackgroundJobs;
import org.lifelonglinks.system.ForbiddenException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GEDCOM in and out of a young person's network, and the network for analysts as JSON or GraphML. */
@RestController
class GedcomController {

    static final MediaType GEDCOM = new MediaType("text", "vnd.familysearch.gedcom", StandardCharsets.UTF_8);

    private final GedcomImportService imports;
    private final GedcomExportService exports;
    private final NetworkExportService networkExports;
    private final CaseCsvImportService cases;
    private final BackgroundJobs jobs;

    GedcomController(GedcomImportService imports, GedcomExportService exports,
            NetworkExportService networkExports, CaseCsvImportService cases, BackgroundJobs jobs) {
        this.cases = cases;
        this.jobs = jobs;
        this.imports = imports;
        this.exports = exports;
        this.networkExports = networkExports;
    }

    /**
     * A case-management export as CSV (see docs/import-export.md for the columns); administrators only. With
     * {@code background=true} the file is saved and imported by a background job (202 and where to follow it).
     */
    @PostMapping("/api/case-imports")
    ResponseEntity<Object> importCases(@RequestParam(defaultValue = "false") boolean dryRun,
            @RequestParam(defaultValue = "false") boolean background, HttpServletRequest request,
            Authentication authentication) throws IOException {
        var user = CurrentUser.of(authentication);
        if (!background) {
            return ResponseEntity.ok(cases.importCases(user, request.getInputStream(), dryRun));
        }
        if (!user.isAdmin()) {
            throw new ForbiddenException("Only an administrator imports from the case system");
        }
        var upload = jobs.save(request.getInputStream());
        String ifInterrupted = dryRun ? "a dry run changes nothing; start it again"
                : "a case import is one transaction, so either all of it or nothing was imported: its "
                + "CASES_IMPORTED entry in the audit trail says which; sending the file again is safe (people "
                + "are matched by case id, not duplicated)";
        var job = jobs.start(user.username(), dryRun ? "CASE_IMPORT_DRY_RUN" : "CASE_IMPORT", ifInterrupted,
                progress -> {
            progress.update("reading", 0, Math.max(0, upload.lines() - 1));
            try (var in = Files.newInputStream(upload.file())) {
                return cases.importCases(user, in, dryRun, Math.max(0, upload.lines() - 1), progress);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, upload::delete);
        return BackgroundJobs.accepted(job);
    }

    @GetMapping("/api/young-people/{id}/network/export.json")
    NetworkExport exportJson(@PathVariable String id, Authentication authentication) {
        return networkExports.export(CurrentUser.of(authentication), id, "json");
    }

    @GetMapping("/api/young-people/{id}/network/export.graphml")
    ResponseEntity<String> exportGraphml(@PathVariable String id, Authentication authentication) {
        var export = networkExports.export(CurrentUser.of(authentication), id, "graphml");
        return ResponseEntity.ok().contentType(new MediaType("application", "graphml+xml", StandardCharsets.UTF_8))
                .header("Content-Disposition", "attachment; filename=\"network.graphml\"")
                .body(NetworkExportService.graphml(export));
    }

    /** The body is the .ged file as it is, in any of its character sets; it is read as a stream. */
    @PostMapping("/api/young-people/{id}/gedcom")
    GedcomImportReport importTree(@PathVariable String id, @RequestParam(required = false) String root,
            @RequestParam(required = false) String connectTo, @RequestParam(required = false) KinKind kind,
            @RequestParam(required = false) KinQualifier qualifier, HttpServletRequest request,
            Authentication authentication) throws IOException {
        return imports.importTree(CurrentUser.of(authentication), id, root, connectTo, kind, qualifier,
                request.getInputStream());
    }

    @GetMapping("/api/young-people/{id}/gedcom")
    ResponseEntity<String> exportTree(@PathVariable String id,
            @RequestParam(defaultValue = "false") boolean includeRestricted,
            @RequestParam(defaultValue = "false") boolean includeContactDetails, Authentication authentication) {
        return ResponseEntity.ok().contentType(GEDCOM)
                .header("Content-Disposition", "attachment; filename=\"family-tree.ged\"")
                .body(exports.export(CurrentUser.of(authentication), id, includeRestricted, includeContactDetails));
    }
}
