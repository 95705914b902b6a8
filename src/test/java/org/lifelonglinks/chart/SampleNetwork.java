package org.lifelonglinks.chart;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.lifelonglinks.network.Baseline;
import org.lifelonglinks.network.Category;
import org.lifelonglinks.network.Connection;
import org.lifelonglinks.network.Kin;
import org.lifelonglinks.network.KinKind;
import org.lifelonglinks.network.KinQualifier;
import org.lifelonglinks.network.Network;
import org.lifelonglinks.network.Person;
import org.lifelonglinks.network.Sex;
import org.lifelonglinks.network.WorkStatus;
import org.lifelonglinks.network.YoungPerson;

/** An invented network of 25 people, as a coordinator might map it, for drawing tests and sample images. */
final class SampleNetwork {

    private final List<Person> people = new ArrayList<>();
    private final List<Connection> connections = new ArrayList<>();
    private final List<Kin> kin = new ArrayList<>();

    static Network build() {
        var s = new SampleNetwork();
        s.add("mum", "Dana", Sex.FEMALE, "mum", Category.FAMILY, Baseline.OCCASIONAL, false);
        s.add("dad", "Lee", Sex.MALE, "dad", Category.FAMILY, Baseline.LOST_TOUCH, false);
        s.add("ella", "Ella", Sex.FEMALE, "sister", Category.FAMILY, Baseline.REGULAR, false);
        s.add("sam", "Sam", Sex.MALE, "half-brother", Category.FAMILY, Baseline.LOST_TOUCH, false);
        s.add("gran", "Nanna Jo", Sex.FEMALE, "grandmother", Category.FAMILY, Baseline.REGULAR, false);
        s.add("grandad", "Grandad Ray", Sex.MALE, "grandfather", Category.FAMILY, Baseline.OCCASIONAL, true);
        s.add("nana", "Nana Pat", Sex.FEMALE, "grandmother", Category.FAMILY, Baseline.NEVER_MET, false);
        s.add("kerry", "Aunt Kerry", Sex.FEMALE, "aunt", Category.FAMILY, Baseline.LOST_TOUCH, false);
        s.add("leah", "Leah", Sex.FEMALE, "cousin", Category.FAMILY, Baseline.OCCASIONAL, false);
        s.add("kai", "Kai", Sex.MALE, "cousin", Category.FAMILY, Baseline.NEVER_MET, false);
        s.add("uncle", "Uncle Tom", Sex.MALE, "uncle", Category.FAMILY, Baseline.BROKEN_DOWN, false);
        s.add("carl", "Carl", Sex.MALE, "mum's ex-partner", Category.FAMILY, Baseline.BROKEN_DOWN, false);
        s.add("fc1", "Sue and Mike", Sex.UNKNOWN, "foster carers 2019-21", Category.FORMER_CARER, Baseline.LOST_TOUCH, false);
        s.add("fc2", "Angela", Sex.FEMALE, "foster carer 2022", Category.FORMER_CARER, Baseline.OCCASIONAL, false);
        s.add("fc2d", "Chloe", Sex.FEMALE, "Angela's daughter", Category.FORMER_CARER, Baseline.OCCASIONAL, false);
        s.add("teacher", "Mr Ahmed", Sex.MALE, "Year 6 teacher", Category.EDUCATION, Baseline.LOST_TOUCH, false);
        s.add("ta", "Mrs Green", Sex.FEMALE, "teaching assistant", Category.EDUCATION, Baseline.NEVER_MET, false);
        s.add("yw", "Jas", Sex.OTHER, "youth worker", Category.PROFESSIONAL, Baseline.REGULAR, false);
        s.add("sw", "Priya", Sex.FEMALE, "social worker", Category.PROFESSIONAL, Baseline.REGULAR, false);
        s.add("friend", "Mia", Sex.FEMALE, "best friend", Category.FRIEND, Baseline.REGULAR, false);
        s.add("friend2", "Josh", Sex.MALE, "friend from football", Category.FRIEND, Baseline.OCCASIONAL, false);
        s.add("coach", "Coach Dave", Sex.MALE, "football coach", Category.COMMUNITY, Baseline.OCCASIONAL, false);
        s.add("neighbour", "Mrs Okafor", Sex.FEMALE, "old neighbour", Category.COMMUNITY, Baseline.LOST_TOUCH, false);
        s.add("greatgran", "Great-Nan Vi", Sex.FEMALE, "great-grandmother", Category.FAMILY, Baseline.NEVER_MET, true);
        s.parent("mum", "you").parent("dad", "you").parent("mum", "ella").parent("dad", "ella")
                .parent("mum", "sam").parent("carl", "sam")
                .parent("gran", "mum").parent("grandad", "mum").parent("gran", "kerry").parent("grandad", "kerry")
                .parent("kerry", "leah").parent("kerry", "kai").parent("nana", "dad").parent("nana", "uncle")
                .parent("greatgran", "gran");
        s.kin.add(new Kin("mum", "dad", KinKind.PARTNER, KinQualifier.FORMER));
        s.kin.add(new Kin("carl", "mum", KinKind.PARTNER, KinQualifier.FORMER));
        s.kin.add(new Kin("gran", "grandad", KinKind.PARTNER, KinQualifier.CURRENT));
        s.kin.add(new Kin("fc2", "you", KinKind.PARENT, KinQualifier.FOSTER));
        var you = new YoungPerson("you", "Robin", "Testfamily", LocalDate.of(2012, 5, 17), "L1", "east",
                WorkStatus.DISCOVERY, LocalDate.of(2026, 1, 10), List.of(), List.of());
        return new Network(you, s.people, s.connections, s.kin);
    }

    static final Set<String> DO_NOT_CONTACT = Set.of("carl");

    private void add(String id, String name, Sex sex, String relationship, Category category, Baseline baseline,
            boolean deceased) {
        people.add(new Person(id, name, "Testfamily", List.of(), null, null, 1970, sex, deceased, "Testtown", null));
        connections.add(new Connection("c-" + id, id, relationship, category, null, null, baseline,
                id.equals("kai"), Instant.EPOCH));
    }

    private SampleNetwork parent(String parent, String child) {
        kin.add(new Kin(parent, child, KinKind.PARENT, KinQualifier.BIRTH));
        return this;
    }
}
