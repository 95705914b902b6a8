package org.lifelonglinks.plan;

/**
 * Kinds of contact. The first six are the coordinator's tracing attempts (they carry an outcome); the rest are
 * contact between the young person and the person, of which calls, messages, meetings, family events, holidays
 * and overnight stays count as direct contact in the outcome report.
 */
public enum ContactKind {
    LETTER(Side.TRACING), PHONE(Side.TRACING), EMAIL(Side.TRACING), SOCIAL_MEDIA(Side.TRACING),
    VISIT(Side.TRACING), THROUGH_RELATIVE(Side.TRACING),
    /** A phone or video call. */
    CALL(Side.DIRECT), MESSAGE(Side.DIRECT), CARD_OR_LETTER(Side.INDIRECT),
    /** A meeting or outing. */
    MEETING(Side.DIRECT), FAMILY_EVENT(Side.DIRECT), HOLIDAY(Side.DIRECT), OVERNIGHT_STAY(Side.DIRECT),
    WORK_EXPERIENCE(Side.INDIRECT);

    private enum Side { TRACING, DIRECT, INDIRECT }

    private final Side side;

    ContactKind(Side side) {
        this.side = side;
    }

    /** A coordinator's attempt to find or reach the person. */
    boolean tracing() {
        return side == Side.TRACING;
    }

    /** Contact between the young person and the person (anything but a tracing attempt). */
    public boolean withYoungPerson() {
        return side != Side.TRACING;
    }

    /** Direct contact, as the outcome report counts it. */
    boolean direct() {
        return side == Side.DIRECT;
    }
}
