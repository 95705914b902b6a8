package org.lifelonglinks.network;

/** Published after a person was created or changed and the change committed, so other modules can follow. */
public record PersonSaved(String personId) {
}
