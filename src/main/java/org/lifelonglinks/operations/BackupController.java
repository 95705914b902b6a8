package org.lifelonglinks.operations;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.system.GraphBackupRepository;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/backup}: an administrator's online backup of the whole graph, a consistent snapshot taken while
 * the service keeps working (see docs/deployment.md for restoring it). Audited, since it holds everything.
 */
@RestController
class BackupController {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final GraphBackupRepository backups;
    private final AuditTrail audit;
    private final Clock clock;

    BackupController(GraphBackupRepository backups, AuditTrail audit, Clock clock) {
        this.backups = backups;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/api/backup")
    void backup(Authentication authentication, HttpServletResponse response) throws IOException {
        var user = CurrentUser.of(authentication);
        response.setContentType("application/gzip");
        response.setHeader("Content-Disposition", "attachment; filename=\"lifelong-links-"
                + STAMP.format(clock.instant().atZone(clock.getZone())) + ".jsonl.gz\"");
        // Audited before a byte leaves: whoever takes a copy of everything is on record even if the download fails.
        audit.append(new AuditEvent(user.username(), "BACKUP_TAKEN", null, null, "the whole graph"));
        backups.write(response.getOutputStream());
    }
}
