package org.lifelonglinks.network;

import java.util.List;

/** A young person's whole network: the people, their connections to the young person, and kinship among all. */
public record Network(YoungPerson youngPerson, List<Person> people, List<Connection> connections, List<Kin> kinship) {
}
