package org.lifelonglinks.casework;

import org.lifelonglinks.system.MissingFieldException;
import org.lifelonglinks.system.TextRules;

/**
 * Handing a young person's case to another coordinator.
 *
 * @param toCoordinator   the username of the coordinator taking the case on
 * @param fromCoordinator the coordinator handing it over: the caller when a coordinator hands over their own case;
 *                        for an administrator, needed only when the young person has more than one coordinator
 * @param note            what the new coordinator needs to know (required)
 */
public record HandoverRequest(String toCoordinator, String fromCoordinator, String note) {

    HandoverRequest checked() {
        String to = TextRules.line("toCoordinator", toCoordinator, TextRules.NAME);
        if (to == null) {
            throw new MissingFieldException("toCoordinator");
        }
        String text = TextRules.note("note", note, TextRules.NOTE);
        if (text == null) {
            throw new MissingFieldException("note");
        }
        return new HandoverRequest(to, TextRules.line("fromCoordinator", fromCoordinator, TextRules.NAME), text);
    }
}
