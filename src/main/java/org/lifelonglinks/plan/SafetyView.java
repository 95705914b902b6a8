package org.lifelonglinks.plan;

import org.lifelonglinks.safeguarding.SafetyStatus;
import org.lifelonglinks.safeguarding.SafetyDecision;
import java.util.List;

/** Where a person stands on safety today, and every decision about them in this network, newest first. */
public record SafetyView(SafetyStatus status, SafetyDecision current, List<SafetyDecision> history) {
}
