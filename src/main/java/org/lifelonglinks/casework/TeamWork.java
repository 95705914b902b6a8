package org.lifelonglinks.casework;

import java.util.List;

/**
 * The managers' view of the work: per area team, counts of tasks overdue and due, never a name or an id.
 *
 * @param definitions what each count means, in words
 */
public record TeamWork(java.time.LocalDate asOf, List<Team> teams, java.util.Map<String, String> definitions) {

    /** One area team's counts. */
    public record Team(String area, int youngPeople, int overdue, int due, int approvalsWaiting) {
    }
}
