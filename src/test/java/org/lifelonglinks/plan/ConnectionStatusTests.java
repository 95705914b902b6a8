package org.lifelonglinks.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.lifelonglinks.plan.ConnectionStatus.ACTIVE;
import static org.lifelonglinks.plan.ConnectionStatus.AGREED;
import static org.lifelonglinks.plan.ConnectionStatus.CONTACTED;
import static org.lifelonglinks.plan.ConnectionStatus.DECLINED;
import static org.lifelonglinks.plan.ConnectionStatus.ENDED;
import static org.lifelonglinks.plan.ConnectionStatus.FOUND;
import static org.lifelonglinks.plan.ConnectionStatus.IDENTIFIED;
import static org.lifelonglinks.plan.ConnectionStatus.IN_PLAN;
import static org.lifelonglinks.plan.ConnectionStatus.NOT_SAFE;
import static org.lifelonglinks.plan.ConnectionStatus.SEARCHING;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.safeguarding.SafetyBasis;
import org.lifelonglinks.safeguarding.SafetyDecision;
import org.lifelonglinks.safeguarding.SafetyDecisionKind;
import org.lifelonglinks.safeguarding.SafetyState;
import org.lifelonglinks.safeguarding.SafetyStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lifelonglinks.network.Baseline;
import org.lifelonglinks.system.ConflictException;

class ConnectionStatusTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    @ParameterizedTest
    @CsvSource({
            "IDENTIFIED, SEARCHING, SEARCHING", "IDENTIFIED, AGREED, AGREED", "SEARCHING, CONTACTED, CONTACTED",
            "CONTACTED, SEARCHING, CONTACTED", "ACTIVE, CONTACTED, ACTIVE", "DECLINED, AGREED, AGREED",
            "DECLINED, SEARCHING, DECLINED", "AGREED, DECLINED, DECLINED", "IN_PLAN, ACTIVE, ACTIVE",
            "FOUND, IN_PLAN, IN_PLAN"})
    void eventsMoveForwardAlongTheArrowsAndNeverBack(ConnectionStatus from, ConnectionStatus target,
            ConnectionStatus expected) {
        assertThat(from.advanceTowards(target)).contains(expected);
    }

    @Test
    void endedAndNotSafeConnectionsAreNotMovedByEvents() {
        assertThat(ENDED.advanceTowards(CONTACTED)).isEmpty();
        assertThat(NOT_SAFE.advanceTowards(SEARCHING)).isEmpty();
        assertThat(ENDED.advanceTowards(ENDED)).contains(ENDED);
    }

    @Test
    void aTracingAttemptWithAnOutcomeMovesTheConnection() {
        var state = state(IDENTIFIED, Baseline.LOST_TOUCH, null);
        assertThat(WorkRules.afterContact(state, ContactKind.LETTER, null)).isEqualTo(SEARCHING);
        assertThat(WorkRules.afterContact(state, ContactKind.PHONE, ContactOutcome.REACHED)).isEqualTo(CONTACTED);
        assertThat(WorkRules.afterContact(state, ContactKind.PHONE, ContactOutcome.AGREED_TO_BE_INVOLVED))
                .isEqualTo(AGREED);
        assertThat(WorkRules.afterContact(state(IN_PLAN, Baseline.LOST_TOUCH, null), ContactKind.CALL, null))
                .isEqualTo(ACTIVE);
        assertThat(WorkRules.afterContact(state(AGREED, Baseline.LOST_TOUCH, null), ContactKind.CALL, null))
                .isEqualTo(AGREED);
    }

    @Test
    void aCoordinatorMayMoveOnlyAlongOneArrowAndNotIntoStatesEventsOwn() {
        assertThat(WorkRules.requestedMove(state(FOUND, Baseline.LOST_TOUCH, null), ENDED)).isEqualTo(ENDED);
        assertThat(WorkRules.requestedMove(state(ENDED, Baseline.LOST_TOUCH, null), IDENTIFIED)).isEqualTo(IDENTIFIED);
        assertThatThrownBy(() -> WorkRules.requestedMove(state(IDENTIFIED, Baseline.LOST_TOUCH, null), AGREED))
                .isInstanceOf(ConflictException.class)
                .hasMessageContaining("from IDENTIFIED the status can move to CONTACTED, ENDED, FOUND, NOT_SAFE, SEARCHING");
        assertThatThrownBy(() -> WorkRules.requestedMove(state(AGREED, Baseline.LOST_TOUCH, null), IN_PLAN))
                .hasMessageContaining("when a plan including them is agreed");
        assertThatThrownBy(() -> WorkRules.requestedMove(state(NOT_SAFE, Baseline.LOST_TOUCH, null), FOUND))
                .hasMessageContaining("lifts the do-not-contact decision");
    }

    @Test
    void onlyAgreedPeopleOrPeopleAlreadyInTouchJoinThePlan() {
        assertThat(WorkRules.afterCommitment(state(AGREED, Baseline.LOST_TOUCH, null))).isEqualTo(IN_PLAN);
        assertThat(WorkRules.afterCommitment(state(IDENTIFIED, Baseline.REGULAR, null))).isEqualTo(IN_PLAN);
        assertThat(WorkRules.afterCommitment(state(ACTIVE, Baseline.LOST_TOUCH, null))).isEqualTo(ACTIVE);
        assertThatThrownBy(() -> WorkRules.afterCommitment(state(FOUND, Baseline.LOST_TOUCH, null)))
                .hasMessageContaining("have not agreed to be involved (status FOUND)");
        assertThatThrownBy(() -> WorkRules.afterCommitment(state(DECLINED, Baseline.REGULAR, null)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void firstContactNeedsACurrentApprovalAndDoNotContactRefusesEverything() {
        var approved = decision(SafetyDecisionKind.APPROVED, null);
        var barred = decision(SafetyDecisionKind.DO_NOT_CONTACT, null);
        var expired = decision(SafetyDecisionKind.APPROVED, TODAY.minusDays(1));

        WorkRules.requireApproval(state(AGREED, Baseline.LOST_TOUCH, approved), "a call");
        WorkRules.requireApproval(state(IDENTIFIED, Baseline.REGULAR, null), "a call");
        WorkRules.requireNotBarred(state(SEARCHING, Baseline.LOST_TOUCH, null), "a letter");
        assertThatThrownBy(() -> WorkRules.requireApproval(state(AGREED, Baseline.LOST_TOUCH, null), "a call"))
                .hasMessageContaining("First contact with Kerry needs a safety approval on record");
        assertThatThrownBy(() -> WorkRules.requireNotBarred(state(SEARCHING, Baseline.REGULAR, barred), "a letter"))
                .hasMessageContaining("do-not-contact decision about Kerry stands");
        assertThatThrownBy(() -> WorkRules.requireApproval(state(AGREED, Baseline.REGULAR, expired), "a call"))
                .hasMessageContaining("expired on " + TODAY.minusDays(1));
    }

    private static ConnectionState state(ConnectionStatus status, Baseline baseline, SafetyDecision decision) {
        return new ConnectionState("c1", "p1", "Kerry", "maternal aunt", baseline, status, null,
                stateOn(decision, TODAY));
    }

    /** What the safeguarding module would answer today (its own tests check the rule itself). */
    private static SafetyState stateOn(SafetyDecision decision, LocalDate today) {
        if (decision == null) {
            return new SafetyState(SafetyStatus.NOT_ASSESSED, null);
        }
        if (decision.expiredOn(today)) {
            return new SafetyState(SafetyStatus.CHECK_REQUIRED, decision);
        }
        return new SafetyState(SafetyStatus.valueOf(decision.decision().name()), decision);
    }

    private static SafetyDecision decision(SafetyDecisionKind kind, LocalDate expiresOn) {
        return new SafetyDecision("d1", kind, SafetyBasis.RISK_ASSESSMENT, null, null, "sw", TODAY.minusDays(30),
                null, expiresOn, Instant.EPOCH);
    }
}
