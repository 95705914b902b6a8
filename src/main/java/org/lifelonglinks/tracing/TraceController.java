package org.lifelonglinks.tracing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.lifelonglinks.security.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The tracing search. */
@RestController
class TraceController {

    private final TraceService traces;
    private final Clock clock;

    TraceController(TraceService traces, Clock clock) {
        this.traces = traces;
        this.clock = clock;
    }

    @PostMapping("/api/trace")
    TraceResponse trace(@RequestBody TraceRequest request, Authentication authentication) {
        var query = request.toQuery(Year.now(clock));
        var candidates = traces.trace(CurrentUser.of(authentication), request.youngPersonId(), query);
        return new TraceResponse(candidates.stream().map(CandidateView::of).toList());
    }

    /** Candidates, best first. */
    record TraceResponse(List<CandidateView> candidates) {
    }

    /**
     * One candidate: a person in a network ({@code personId}) or a directory record ({@code directory} and
     * {@code recordId}), the matched fields, a score and the reasons in plain words. {@code doNotContact} is shown
     * plainly: such people are never hidden from the coordinator, and must never be contacted.
     */
    record CandidateView(String kind, String personId, String directory, String recordId, String givenName,
            String familyName, List<String> formerFamilyNames, String knownAs, LocalDate dateOfBirth,
            Integer birthYear, String sex, String town, String postcode, boolean doNotContact, double score,
            List<String> reasons) {

        static CandidateView of(TraceCandidate candidate) {
            var r = candidate.record();
            boolean network = r.kind() == TraceRecord.Kind.NETWORK_PERSON;
            return new CandidateView(r.kind().name(), network ? r.id() : null, r.directory(), network ? null : r.id(),
                    r.givenName(), r.familyName(), r.formerFamilyNames(), r.knownAs(), r.dateOfBirth(),
                    r.birthYear(), r.sex(), r.town(), r.postcode(), r.doNotContact(),
                    Math.round(candidate.score() * 100) / 100.0, candidate.reasons());
        }
    }
}
