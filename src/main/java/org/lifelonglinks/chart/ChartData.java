package org.lifelonglinks.chart;

import java.util.List;

/**
 * What a chart shows, already filtered for its reader: the young person's own chart never receives anyone they
 * must not see.
 *
 * @param youngPersonId   the young person's id
 * @param youngPersonName the name in the centre
 * @param members         the people in the network
 * @param kinship         kinship among the young person and the members
 * @param reader          whose chart it is, which decides the words of its key and labels
 * @param words           the young person's words, in their page's language (a worker's chart does not use them)
 */
public record ChartData(String youngPersonId, String youngPersonName, List<Member> members, List<KinLine> kinship,
        Reader reader, OwnWords words) {

    public ChartData {
        members = List.copyOf(members);
        kinship = List.copyOf(kinship);
        java.util.Objects.requireNonNull(reader, "reader");
        java.util.Objects.requireNonNull(words, "words");
    }

    /** A chart for the reader, the young person's words in English. */
    public ChartData(String youngPersonId, String youngPersonName, List<Member> members, List<KinLine> kinship,
            Reader reader) {
        this(youngPersonId, youngPersonName, members, kinship, reader, OwnWords.ENGLISH);
    }

    /** A worker's chart. */
    public ChartData(String youngPersonId, String youngPersonName, List<Member> members, List<KinLine> kinship) {
        this(youngPersonId, youngPersonName, members, kinship, Reader.WORKER);
    }

    /** The same chart, for another reader. */
    ChartData forReader(Reader newReader, List<Member> newMembers) {
        return new ChartData(youngPersonId, youngPersonName, newMembers, kinship, newReader, words);
    }

    /** The same chart, in the young person's words in another language. */
    ChartData inWords(OwnWords newWords) {
        return new ChartData(youngPersonId, youngPersonName, members, kinship, reader, newWords);
    }

    /**
     * Who reads the chart. A worker's chart keeps practice notation (Hartman's lines, "do not contact"); the young
     * person's own chart says things in their words ({@link OwnWords}) and has nothing to say about anyone barred.
     */
    public enum Reader { WORKER, YOUNG_PERSON }

    /**
     * Someone in the chart.
     *
     * @param group        the sector they are drawn in, e.g. "Mum's side", "Former carers"
     * @param closeness    the ring: CLOSE (regular contact), SOME (occasional), APART (lost, broken down, never met)
     * @param tie          how the line to the young person is drawn
     * @param repaired     contact resumed since referral: the line is marked
     * @param doNotContact shown with a marked border and the words "do not contact"
     */
    public record Member(String id, String name, String relationship, String group, Closeness closeness, Tie tie,
            boolean repaired, boolean doNotContact, Symbol symbol, boolean deceased) {
    }

    /** A kinship line for the genogram: PARENT from parent to child, PARTNER and SIBLING either way. */
    public record KinLine(String fromId, String toId, String kind, String qualifier) {
    }

    /** The rings of the ecomap, inner to outer. */
    public enum Closeness { CLOSE, SOME, APART }

    /**
     * Line styles of the ecomap: Hartman's notation on a worker's chart (STRONG, TENUOUS, STRESSFUL, LOST). The
     * young person's chart draws only the contact situation their page shows: STRONG (often), TENUOUS (now and
     * then), LOST (not in touch at the moment), NOT_MET (no line yet) and REMEMBERED (someone who has died).
     */
    public enum Tie { STRONG, TENUOUS, STRESSFUL, LOST, NOT_MET, REMEMBERED }

    /** Genogram symbols (McGoldrick): square male, circle female, diamond other or unknown. */
    public enum Symbol { SQUARE, CIRCLE, DIAMOND }
}
