package org.lifelonglinks.chart;

import java.util.ArrayList;
import java.util.List;
import org.lifelonglinks.chart.ChartData.Closeness;
import org.lifelonglinks.chart.ChartData.KinLine;
import org.lifelonglinks.chart.ChartData.Member;
import org.lifelonglinks.chart.ChartData.Symbol;
import org.lifelonglinks.chart.ChartData.Tie;

/**
 * Builds a young person's family as chart data, for genogram tests: {@code Family.of("Robin").woman("mum",
 * "Jade").parent("mum", "you")}. The young person's id is {@code you}. Every name is invented.
 */
final class Family {

    static final String YOU = "you";

    private final String youngPersonName;
    private final List<Member> members = new ArrayList<>();
    private final List<KinLine> kinship = new ArrayList<>();

    private Family(String youngPersonName) {
        this.youngPersonName = youngPersonName;
    }

    static Family of(String youngPersonName) {
        return new Family(youngPersonName);
    }

    Family man(String id, String name) {
        return person(id, name, Symbol.SQUARE, null);
    }

    Family woman(String id, String name) {
        return person(id, name, Symbol.CIRCLE, null);
    }

    Family man(String id, String name, String relationship) {
        return person(id, name, Symbol.SQUARE, relationship);
    }

    Family woman(String id, String name, String relationship) {
        return person(id, name, Symbol.CIRCLE, relationship);
    }

    /** Marks someone as under a do-not-contact decision: their symbol gets rings and their label a warning. */
    Family doNotContact(String id) {
        var member = members.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
        members.set(members.indexOf(member), new Member(id, member.name(), member.relationship(), member.group(),
                member.closeness(), member.tie(), false, true, member.symbol(), member.deceased()));
        return this;
    }

    /** Marks someone as having died. */
    Family died(String id) {
        var member = members.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
        members.set(members.indexOf(member), new Member(id, member.name(), member.relationship(), member.group(),
                member.closeness(), member.tie(), false, member.doNotContact(), member.symbol(), true));
        return this;
    }

    Family person(String id, String name, Symbol symbol, String relationship) {
        return add(new Member(id, name, relationship, "Family", Closeness.SOME, Tie.TENUOUS, false, false, symbol,
                false));
    }

    Family add(Member member) {
        members.add(member);
        return this;
    }

    /** A birth parent. */
    Family parent(String parent, String child) {
        return parent(parent, child, "BIRTH");
    }

    /** A parent of the given kind: BIRTH, ADOPTIVE, FOSTER or STEP. */
    Family parent(String parent, String child, String kind) {
        kinship.add(new KinLine(parent, child, "PARENT", kind));
        return this;
    }

    /** Both birth parents of each child. */
    Family children(String mother, String father, String... children) {
        for (String child : children) {
            parent(mother, child).parent(father, child);
        }
        return this;
    }

    Family partners(String a, String b) {
        kinship.add(new KinLine(a, b, "PARTNER", "CURRENT"));
        return this;
    }

    Family formerPartners(String a, String b) {
        kinship.add(new KinLine(a, b, "PARTNER", "FORMER"));
        return this;
    }

    /** Siblings: FULL, HALF or STEP. */
    Family siblings(String a, String b, String kind) {
        kinship.add(new KinLine(a, b, "SIBLING", kind));
        return this;
    }

    ChartData build() {
        return new ChartData(YOU, youngPersonName, members, kinship);
    }

    /**
     * Robin's family as the demo caseload records it: mum Jade (and her former partner Wayne), nan Pat, aunt
     * Sharon and her son Dean, uncle Gary, and big brother Tyler recorded only as Robin's brother; Sue and Dave, the
     * former foster carers, with no kinship recorded.
     */
    static ChartData demoRobin() {
        return of("Robin")
                .woman("jade", "Jade", "mum").woman("pat", "Pat", "nan").man("tyler", "Tyler", "big brother")
                .woman("sharon", "Sharon", "aunt").man("dean", "Dean", "cousin")
                .woman("sue", "Sue", "former foster carer").man("dave", "Dave", "former foster carer")
                .man("gary", "Gary", "uncle").man("wayne", "Wayne", "mum's former partner")
                .doNotContact("gary").doNotContact("wayne")
                .parent("jade", YOU).parent("pat", "jade").parent("pat", "sharon").parent("pat", "gary")
                .parent("sharon", "dean").siblings("tyler", YOU, "FULL").formerPartners("jade", "wayne")
                .partners("sue", "dave")
                .build();
    }
}
