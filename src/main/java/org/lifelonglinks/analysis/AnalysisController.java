package org.lifelonglinks.analysis;

import org.lifelonglinks.security.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Network analysis and kinship for coordinators and social workers. */
@RestController
class AnalysisController {

    private final AnalysisService analysis;

    AnalysisController(AnalysisService analysis) {
        this.analysis = analysis;
    }

    @GetMapping("/api/young-people/{id}/analysis")
    NetworkAnalysis analyse(@PathVariable String id, Authentication authentication) {
        return analysis.analyse(CurrentUser.of(authentication), id);
    }

    /** How a person is related to the young person; {@code words} is null when no recorded kinship links them. */
    @GetMapping("/api/young-people/{id}/relationship/{personId}")
    RelationshipCalculator.Relationship relationship(@PathVariable String id, @PathVariable String personId,
            Authentication authentication) {
        return analysis.relationship(CurrentUser.of(authentication), id, personId);
    }
}
