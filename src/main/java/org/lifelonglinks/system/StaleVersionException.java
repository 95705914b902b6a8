package org.lifelonglinks.system;

import java.util.List;

/**
 * A change made to a version of a record that is no longer the current one: someone else saved it in between.
 * Answered with 412 Precondition Failed, naming the current version and the fields changed since the version the
 * change was based on (field names only, never their values).
 */
public class StaleVersionException extends RuntimeException {

    private final long currentVersion;
    private final long expectedVersion;
    private final List<String> changedFields;

    public StaleVersionException(String record, long expectedVersion, long currentVersion,
            List<String> changedFields) {
        super(record + " was changed by someone else after version " + expectedVersion + ": version "
                + currentVersion + " is current" + (changedFields.isEmpty() ? ""
                : ", with changes to " + String.join(", ", changedFields))
                + ". Nothing was saved; reload it and make the change again");
        this.currentVersion = currentVersion;
        this.expectedVersion = expectedVersion;
        this.changedFields = List.copyOf(changedFields);
    }

    public long currentVersion() {
        return currentVersion;
    }

    public long expectedVersion() {
        return expectedVersion;
    }

    public List<String> changedFields() {
        return changedFields;
    }
}
