package org.lifelonglinks.analysis;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.lifelonglinks.network.Baseline;
import org.lifelonglinks.network.Category;
import org.lifelonglinks.network.Connection;
import org.lifelonglinks.network.Kin;
import org.lifelonglinks.network.KinKind;
import org.lifelonglinks.network.KinQualifier;
import org.lifelonglinks.network.Network;
import org.lifelonglinks.network.Person;
import org.lifelonglinks.network.Sex;
import org.lifelonglinks.network.Wish;
import org.lifelonglinks.network.WorkStatus;
import org.lifelonglinks.network.YoungPerson;

/** Builds invented networks for analysis tests: {@code network().person("mum", FEMALE).parent("mum", "you")}. */
final class Networks {

    static final String YOU = "you";

    private final List<Person> people = new ArrayList<>();
    private final List<Connection> connections = new ArrayList<>();
    private final List<Kin> kinship = new ArrayList<>();

    static Networks network() {
        return new Networks();
    }

    Networks person(String id, Sex sex) {
        return person(id, sex, Baseline.NEVER_MET, null);
    }

    Networks person(String id, Sex sex, Baseline baseline, Wish wish) {
        people.add(new Person(id, capitalise(id), "Testfamily", List.of(), null, null, 1980, sex, false, null, null));
        connections.add(new Connection("c-" + id, id, id, Category.FAMILY, wish, null, baseline, false,
                Instant.EPOCH));
        return this;
    }

    Networks parent(String parent, String child) {
        return kin(parent, child, KinKind.PARENT, KinQualifier.BIRTH);
    }

    Networks kin(String from, String to, KinKind kind, KinQualifier qualifier) {
        kinship.add(new Kin(from, to, kind, qualifier));
        return this;
    }

    Network build() {
        var you = new YoungPerson(YOU, "Robin", "Testfamily", LocalDate.of(2012, 1, 1), "L1", "east",
                WorkStatus.REFERRED, LocalDate.of(2026, 1, 1), List.of(), List.of());
        return new Network(you, List.copyOf(people), List.copyOf(connections), List.copyOf(kinship));
    }

    private static String capitalise(String id) {
        return Character.toUpperCase(id.charAt(0)) + id.substring(1);
    }
}
