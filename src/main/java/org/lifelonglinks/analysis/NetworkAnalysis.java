package org.lifelonglinks.analysis;

import java.util.List;
import java.util.Map;
import org.lifelonglinks.network.Baseline;
import org.lifelonglinks.network.Category;

/**
 * What the analysis of one network found, in the words a coordinator would use with the young person.
 *
 * @param size                  how big the network is, by category and by contact situation then and now
 * @param singlePointsOfFailure people who are the only link between the young person and others
 * @param onlyLinks             single ties (bridges) whose loss would split the network
 * @param routes                for each lost or wanted person, chains of safe, in-touch people who could help
 * @param central               the people most between others in the network
 * @param relationships         how each person is related to the young person by kinship
 */
public record NetworkAnalysis(Size size, List<SinglePoint> singlePointsOfFailure, List<OnlyLink> onlyLinks,
        List<Route> routes, List<Central> central, List<RelationshipToYou> relationships) {

    /** Counts of the network: people by category, and by contact situation at referral and now. */
    public record Size(int people, Map<Category, Integer> byCategory, Map<Baseline, Integer> atReferral,
            Map<Baseline, Integer> now) {
    }

    /** A person whose loss would cut the young person off from others. */
    public record SinglePoint(PersonRef person, List<PersonRef> wouldBeCutOff, String message) {
    }

    /** A tie between two people that is the only one joining two parts of the network. */
    public record OnlyLink(PersonRef from, PersonRef to, String message) {
    }

    /** Chains of people who could help reach someone lost or wanted, shortest first. */
    public record Route(PersonRef target, List<List<PersonRef>> chains, String message) {
    }

    /** A person who stands between many others. */
    public record Central(PersonRef person, double score, String message) {
    }

    /** How a person is related to the young person; {@code words} is null when no kinship links them. */
    public record RelationshipToYou(PersonRef person, String words, String side) {
    }

    /** A person named in an answer. */
    public record PersonRef(String id, String name) {
    }
}
