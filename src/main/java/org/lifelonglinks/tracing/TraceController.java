package org.lifelonglinks.tracing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.lifelonglinks.security.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The tracing search. */
@RestController
class TraceController {

    private final TraceService traces;
    private final TraceBands bands;
    private final Clock clock;

    TraceController(TraceService traces, TracingProperties properties, Clock clock) {
        this.traces = traces;
        this.bands = properties.bands();
        this.clock = clock;
    }

    @PostMapping("/api/trace")
    TraceResponse trace(@RequestBody TraceRequest request, Authentication authentication) {
        var user = CurrentUser.of(authentication);
        var query = request.toQuery(Year.now(clock));
        var candidates = traces.trace(user, request.youngPersonId(), query);
        var networks = traces.networksOf(user, candidates);
        var groups = new HashMap<String, Integer>();
        return new TraceResponse(candidates.stream().map(candidate -> {
            var record = candidate.record();
            int group = groups.computeIfAbsent(sameDetails(record), key -> groups.size() + 1);
            var foundIn = record.kind() == TraceRecord.Kind.NETWORK_PERSON
                    ? networks.getOrDefault(record.id(), List.of()).stream().map(name -> name + "'s network").toList()
                    : List.of("the directory " + record.directory());
            return CandidateView.of(candidate, bands.bandOf(candidate.score()), group, foundIn);
        }).toList(), bands.likely(), bands.possible());
    }

    /**
     * What makes two records the same to a coordinator reading the list: every detail shown, with case and spacing
     * ignored. Records alike in all of them are one person recorded twice, or two people only other evidence can
     * tell apart; either way the page shows them together, each with where it is held.
     */
    static String sameDetails(TraceRecord r) {
        return Stream.of(r.givenName(), r.familyName(), String.join(",", r.formerFamilyNames()), r.knownAs(),
                        r.dateOfBirth(), r.birthYear(), r.sex(), r.town(), r.postcode())
                .map(value -> value == null ? "" : value.toString().strip().replaceAll("\\s+", " ")
                        .toLowerCase(Locale.ROOT))
                .collect(Collectors.joining("\u001f"));
    }

    /**
     * Candidates, best first, with the band thresholds they were put in bands by: at or above {@code likelyScore},
     * "likely"; at or above {@code possibleScore}, "possible"; the rest "unlikely".
     */
    record TraceResponse(List<CandidateView> candidates, double likelyScore, double possibleScore) {
    }

    /**
     * One candidate: a person in a network ({@code personId}) or a directory record ({@code directory} and
     * {@code recordId}), the matched fields, its band ({@code LIKELY}, {@code POSSIBLE}, {@code UNLIKELY}) and the
     * band in words, the evidence for and against in plain words, where it is held ({@code foundIn}: the networks
     * of the user's young people that hold the person, or the directory), and {@code sameDetailsGroup}: candidates
     * with the same number have identical details. {@code score} stays for scripts (bits of evidence; compare
     * within one search only). {@code doNotContact} is shown plainly: such people are never hidden from the
     * coordinator, and must never be contacted.
     */
    record CandidateView(String kind, String personId, String directory, String recordId, String givenName,
            String familyName, List<String> formerFamilyNames, String knownAs, LocalDate dateOfBirth,
            Integer birthYear, String sex, String town, String postcode, boolean doNotContact, double score,
            TraceBands.Band band, String strength, List<String> evidenceFor, List<String> evidenceAgainst,
            List<String> foundIn, int sameDetailsGroup, List<String> reasons) {

        static CandidateView of(TraceCandidate candidate, TraceBands.Band band, int group, List<String> foundIn) {
            var r = candidate.record();
            boolean network = r.kind() == TraceRecord.Kind.NETWORK_PERSON;
            return new CandidateView(r.kind().name(), network ? r.id() : null, r.directory(), network ? null : r.id(),
                    r.givenName(), r.familyName(), r.formerFamilyNames(), r.knownAs(), r.dateOfBirth(),
                    r.birthYear(), r.sex(), r.town(), r.postcode(), r.doNotContact(),
                    Math.round(candidate.score() * 100) / 100.0, band, band.words(), candidate.evidenceFor(),
                    candidate.evidenceAgainst(), foundIn, group, candidate.reasons());
        }
    }
}
