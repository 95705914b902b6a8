package org.lifelonglinks.system;

import java.security.Principal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Lets the user who started a background job follow it. */
@RestController
class JobController {

    private final BackgroundJobs jobs;

    JobController(BackgroundJobs jobs) {
        this.jobs = jobs;
    }

    @GetMapping("/api/jobs/{id}")
    BackgroundJobs.JobView job(@PathVariable String id, Principal principal) {
        return jobs.find(principal.getName(), id);
    }
}
