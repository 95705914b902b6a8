package org.lifelonglinks.casework;

import java.time.LocalDate;
import java.util.ArrayList;

/**
 * The one rule for a young person's stage: the furthest stage of the process whose fact is recorded, since the date
 * of that fact. Evaluated on every read, so the stage moves by itself when a contact, meeting, plan or review is
 * recorded, and moves back if a record is reopened. A meeting arranged for a later date counts from its date.
 */
final class StageRule {

    private StageRule() {
    }

    static CaseStage of(CaseFacts facts, LocalDate today) {
        var steps = new ArrayList<CaseStage.Step>();
        add(steps, Stage.REFERRED, facts.referralDate());
        add(steps, Stage.MAPPING_THE_NETWORK, facts.firstPersonAdded());
        add(steps, Stage.SEARCHING, facts.firstTracing());
        add(steps, Stage.CONTACT, facts.firstReached());
        add(steps, Stage.MEETING, facts.meetingDate() != null && !facts.meetingDate().isAfter(today)
                ? facts.meetingDate() : null);
        add(steps, Stage.PLAN, facts.firstPlanAgreed());
        add(steps, Stage.REVIEWING, facts.planReviews().isEmpty() ? null : facts.planReviews().getFirst());
        if (facts.closed()) {
            add(steps, Stage.CLOSED, facts.closedOn());
        }
        var last = steps.getLast();
        return new CaseStage(last.stage(), last.words(), last.on(), java.util.List.copyOf(steps));
    }

    private static void add(ArrayList<CaseStage.Step> steps, Stage stage, LocalDate on) {
        // A closed record with no recorded closing day (closed before the day was kept) is still closed.
        if (on != null || stage == Stage.CLOSED || stage == Stage.REFERRED) {
            steps.add(new CaseStage.Step(stage, stage.words(), on));
        }
    }
}
