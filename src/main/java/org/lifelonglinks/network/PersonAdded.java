package org.lifelonglinks.network;

/** The answer to adding a person to a network. */
public record PersonAdded(String personId, String connectionId, Person person, Connection connection) {
}
