package org.lifelonglinks.exchange;

import java.util.List;
import org.lifelonglinks.network.CaseImport.Changes;

/** What a case-system import did (or, for a dry run, would do), and the rows it could not take. */
public record CaseImportReport(boolean dryRun, int rows, Changes youngPeople, Changes people, Changes connections,
        List<RowError> errors, int errorCount) {

    public record RowError(int line, String reason) {
    }
}
