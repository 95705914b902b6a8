package org.lifelonglinks.tracing;

import java.util.Map;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.system.BackgroundJobs;
import org.lifelonglinks.system.ForbiddenException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Lets an administrator refill the tracing index's network people from the graph (after restoring a backup of
 * the graph, say), as a background job that reports the people indexed so far. Directory records are kept.
 */
@RestController
class TracingIndexController {

    private final IndexChangeApplier indexer;
    private final BackgroundJobs jobs;
    private final AuditTrail audit;

    TracingIndexController(IndexChangeApplier indexer, BackgroundJobs jobs, AuditTrail audit) {
        this.indexer = indexer;
        this.jobs = jobs;
        this.audit = audit;
    }

    @PostMapping("/api/tracing-index/rebuild")
    ResponseEntity<Object> rebuild(Authentication authentication) {
        // The security rules name no path for this: the role is checked here.
        var user = CurrentUser.of(authentication);
        if (!user.isAdmin()) {
            throw new ForbiddenException("Only an administrator rebuilds the tracing index");
        }
        String ifInterrupted = "the index was refilled from the graph when the service started again, so nothing "
                + "is missing from it";
        var job = jobs.start(user.username(), "TRACING_INDEX_REBUILD", ifInterrupted, progress -> {
            long indexed = indexer.rebuildNow((done, total) -> progress.update("indexing people", done, total));
            audit.append(new AuditEvent(user.username(), "TRACING_INDEX_REBUILT", null, null,
                    indexed + " people indexed"));
            return Map.of("indexed", indexed);
        });
        return BackgroundJobs.accepted(job);
    }
}
