package org.lifelonglinks.casework;

import java.util.List;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.system.Versions;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The caseload with stages, a young person's stage and tasks, the worker's own tasks, and the teams' counts. */
@RestController
class CaseworkController {

    private final CaseworkService casework;

    CaseworkController(CaseworkService casework) {
        this.casework = casework;
    }

    @GetMapping("/api/caseload")
    List<CaseloadRow> caseload(Authentication authentication) {
        return casework.caseload(CurrentUser.of(authentication));
    }

    @GetMapping("/api/young-people/{id}/stage")
    CaseStage stage(@PathVariable String id, Authentication authentication) {
        return casework.stage(CurrentUser.of(authentication), id);
    }

    @GetMapping("/api/young-people/{id}/tasks")
    List<Task> tasks(@PathVariable String id, Authentication authentication) {
        return casework.tasks(CurrentUser.of(authentication), id);
    }

    @PostMapping("/api/young-people/{id}/tasks")
    ResponseEntity<Task> createTask(@PathVariable String id, @RequestBody TaskRequest request,
            Authentication authentication) {
        var task = casework.createTask(CurrentUser.of(authentication), id, request);
        return ResponseEntity.status(HttpStatus.CREATED).eTag(Versions.etag(task.version())).body(task);
    }

    @PatchMapping("/api/young-people/{id}/tasks/{taskId}")
    ResponseEntity<Task> updateTask(@PathVariable String id, @PathVariable String taskId,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody TaskChanges request, Authentication authentication) {
        var task = casework.updateTask(CurrentUser.of(authentication), id, taskId, Versions.expected(ifMatch),
                request);
        return ResponseEntity.ok().eTag(Versions.etag(task.version())).body(task);
    }

    @GetMapping("/api/tasks")
    MyTasks mine(Authentication authentication) {
        return casework.mine(CurrentUser.of(authentication));
    }

    @GetMapping("/api/reports/team-work")
    TeamWork teamWork(Authentication authentication) {
        return casework.teamWork(CurrentUser.of(authentication));
    }
}
