package org.lifelonglinks.safeguarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SafetyStateTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @Test
    void aDoNotContactDecisionBarsUntilTheEndOfItsExpiryDay() {
        assertThat(SafetyState.of(decision(SafetyDecisionKind.DO_NOT_CONTACT, TODAY), TODAY).barred()).isTrue();
        assertThat(SafetyState.of(decision(SafetyDecisionKind.DO_NOT_CONTACT, null), TODAY).barred()).isTrue();
        assertThat(SafetyState.of(decision(SafetyDecisionKind.DO_NOT_CONTACT, TODAY.minusDays(1)), TODAY).barred())
                .isFalse();
    }

    @Test
    void anExpiredDecisionOfAnyKindRevertsToCheckRequired() {
        for (var kind : SafetyDecisionKind.values()) {
            assertThat(SafetyState.of(decision(kind, TODAY.minusDays(1)), TODAY).status())
                    .isEqualTo(SafetyStatus.CHECK_REQUIRED);
        }
        assertThat(SafetyState.of(null, TODAY).status()).isEqualTo(SafetyStatus.NOT_ASSESSED);
    }

    @Test
    void onlyAStandingApprovalApproves() {
        assertThat(SafetyState.of(decision(SafetyDecisionKind.APPROVED, null), TODAY).approved()).isTrue();
        assertThat(SafetyState.of(decision(SafetyDecisionKind.WITH_CONDITIONS, TODAY), TODAY).approved()).isTrue();
        assertThat(SafetyState.of(decision(SafetyDecisionKind.APPROVED, TODAY.minusDays(1)), TODAY).approved())
                .isFalse();
        assertThat(SafetyState.of(decision(SafetyDecisionKind.DO_NOT_CONTACT, null), TODAY).approved()).isFalse();
    }

    @Test
    void anExpiredDoNotContactDecisionStillKeepsThePersonFromTheYoungPersonUntilSomeoneDecidesAgain() {
        var expired = SafetyState.of(decision(SafetyDecisionKind.DO_NOT_CONTACT, TODAY.minusDays(1)), TODAY);
        assertThat(expired.barred()).isFalse();
        assertThat(expired.keptFromYoungPerson()).isTrue();
        assertThat(SafetyState.of(decision(SafetyDecisionKind.APPROVED, TODAY.minusDays(1)), TODAY)
                .keptFromYoungPerson()).isFalse();
        assertThat(SafetyState.of(null, TODAY).keptFromYoungPerson()).isFalse();
    }

    private static SafetyDecision decision(SafetyDecisionKind kind, LocalDate expiresOn) {
        return new SafetyDecision("d1", kind, SafetyBasis.RISK_ASSESSMENT, null, null, "sw", TODAY.minusDays(30),
                null, expiresOn, Instant.EPOCH);
    }
}
