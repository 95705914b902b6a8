package org.lifelonglinks.exchange;

import java.util.List;

/**
 * What a GEDCOM import did: how many individuals the file held, who was created, who was merged with someone
 * already recorded, and who was created although someone similar is recorded, for the coordinator to decide;
 * {@code cleaned} says which individuals' names had characters removed that no name may hold (control characters);
 * {@code cut} which names and towns were longer than the network holds and were cut; {@code pointersSkipped} and
 * {@code skippedPointers} how many and which pointers named an individual or family missing from the file and
 * were left out (the rest of the file is imported).
 */
public record GedcomImportReport(int individuals, int families, int created, List<Merged> merged,
        List<ToDecide> toDecide, int kinshipRecorded, List<String> kinshipSkipped, int restricted,
        List<String> cleaned, List<String> cut, int pointersSkipped, List<String> skippedPointers) {

    /**
     * A GEDCOM individual taken to be someone already recorded: by a strong match on name and birth ({@code score},
     * {@code matchedThrough} null), or through kin already matched ({@code matchedThrough} says whom).
     */
    public record Merged(String xref, String personId, String name, double score, String matchedThrough) {
    }

    /** A GEDCOM individual created as a new person, with the people already recorded who may be them. */
    public record ToDecide(String xref, String personId, String name, List<String> possibleDuplicates) {
    }
}
