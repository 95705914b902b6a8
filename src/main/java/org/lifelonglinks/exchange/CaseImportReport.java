package org.lifelonglinks.exchange;

import java.util.List;
import org.lifelonglinks.network.CaseImport.Changes;

/** What a case-system import did (or, for a dry run, would do), and the rows it could not take. */
public record CaseImportReport(boolean dryRun, int rows, Changes youngPeople, Changes people, Changes connections,
        List<RowError> errors, int errorCount) {

    /**
     * A row that cannot be imported.
     *
     * @param line     its line in the file
     * @param reason   every problem it has, in one line
     * @param problems every problem it has, one each, in the order of the columns
     */
    public record RowError(int line, String reason, List<String> problems) {

        public RowError {
            problems = List.copyOf(problems);
        }
    }
}
