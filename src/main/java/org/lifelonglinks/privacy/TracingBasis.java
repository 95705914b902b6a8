package org.lifelonglinks.privacy;

import java.time.Instant;

/** Why a person may be traced: the lawful basis, a note, who recorded it and when. */
public record TracingBasis(LawfulBasis basis, String note, String recordedBy, Instant recordedAt) {
}
