package org.lifelonglinks.safeguarding;

import java.util.List;
import org.lifelonglinks.network.Baseline;
import org.lifelonglinks.network.Category;
import org.lifelonglinks.network.KinKind;
import org.lifelonglinks.network.KinQualifier;
import org.lifelonglinks.network.Sex;

/**
 * A young person's own view of their network: a separate projection built on the server. It holds only names
 * and what each person is to them; never anyone's address, town, postcode, date of birth, contact details, case
 * notes or safety reasoning, and never the people hidden from them or under a do-not-contact decision.
 */
public record OwnNetwork(Me me, List<OwnPerson> people, List<OwnKin> kinship) {

    /** The young person themself. */
    public record Me(String id, String givenName) {
    }

    /** Someone in the network, as the young person sees them; {@code contact} is how often they are in touch. */
    public record OwnPerson(String id, String name, String relationship, Category category, Sex sex,
            boolean deceased, Baseline contact, boolean backInTouch) {
    }

    /** Kinship among the people shown (and the young person). */
    public record OwnKin(String fromId, String toId, KinKind kind, KinQualifier qualifier) {
    }
}
