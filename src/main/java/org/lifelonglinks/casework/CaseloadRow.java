package org.lifelonglinks.casework;

import java.time.LocalDate;

/**
 * One young person on the caseload page: who, the stage and since when, and how many of their tasks are overdue
 * or due.
 */
public record CaseloadRow(String id, String givenName, String familyName, String localId, String area,
        LocalDate referralDate, Stage stage, String stageWords, LocalDate stageSince, int overdue, int due) {
}
