package org.lifelonglinks.plan;

import org.lifelonglinks.safeguarding.SafetyStatus;
import java.time.LocalDate;

/** One connection's place in the work: status, safety, when first reached, how much contact and how recent. */
public record Progress(String personId, String name, String relationship, ConnectionStatus status,
        SafetyStatus safety, LocalDate reachedOn, int contacts, LocalDate lastContact) {
}
