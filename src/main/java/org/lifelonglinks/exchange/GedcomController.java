package org.lifelonglinks.exchange;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.lifelonglinks.network.KinKind;
import org.lifelonglinks.network.KinQualifier;
import org.lifelonglinks.security.CurrentUser;
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

    GedcomController(GedcomImportService imports, GedcomExportService exports,
            NetworkExportService networkExports, CaseCsvImportService cases) {
        this.cases = cases;
        this.imports = imports;
        this.exports = exports;
        this.networkExports = networkExports;
    }

    /** A case-management export as CSV (see docs/import-export.md for the columns); administrators only. */
    @PostMapping("/api/case-imports")
    CaseImportReport importCases(@RequestParam(defaultValue = "false") boolean dryRun, HttpServletRequest request,
            Authentication authentication) throws IOException {
        return cases.importCases(CurrentUser.of(authentication), request.getInputStream(), dryRun);
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
