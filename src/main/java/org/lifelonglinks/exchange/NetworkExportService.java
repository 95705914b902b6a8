package org.lifelonglinks.exchange;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.lifelonglinks.audit.AuditEvent;
import org.lifelonglinks.audit.AuditTrail;
import org.lifelonglinks.network.Connection;
import org.lifelonglinks.network.Kin;
import org.lifelonglinks.network.NetworkService;
import org.lifelonglinks.network.Person;
import org.lifelonglinks.safeguarding.NetworkSafety;
import org.lifelonglinks.safeguarding.Safeguarding;
import org.lifelonglinks.security.CurrentUser;
import org.lifelonglinks.system.TextRules;
import org.springframework.stereotype.Service;

/**
 * A network for analysts, as JSON or GraphML: people with what analysis needs (category, relationship, contact
 * at referral, year of birth, sex, whether alive, safety), connections and kinship. No contact details, no
 * addresses, no towns or postcodes; every export is audited.
 */
@Service
class NetworkExportService {

    private final NetworkService networks;
    private final Safeguarding safeguarding;
    private final AuditTrail audit;

    NetworkExportService(NetworkService networks, Safeguarding safeguarding, AuditTrail audit) {
        this.networks = networks;
        this.safeguarding = safeguarding;
        this.audit = audit;
    }

    NetworkExport export(CurrentUser user, String youngPersonId, String format) {
        var network = networks.network(user, youngPersonId);
        var safety = safeguarding.network(youngPersonId);
        Map<String, Connection> connections = new HashMap<>();
        network.connections().forEach(c -> connections.put(c.personId(), c));
        var people = network.people().stream().map(p -> node(p, connections.get(p.id()), safety)).toList();
        var kinship = network.kinship().stream().map(NetworkExportService::tie).toList();
        audit.append(AuditEvent.of(user.username(), "NETWORK_EXPORTED", youngPersonId).withDetail(format));
        var yp = network.youngPerson();
        return new NetworkExport(new NetworkExport.YoungPersonNode(yp.id(), yp.givenName(), yp.area(),
                yp.dateOfBirth().getYear()), people, kinship);
    }

    private static NetworkExport.PersonNode node(Person p, Connection c, NetworkSafety safety) {
        return new NetworkExport.PersonNode(p.id(), p.givenName(), p.familyName(), p.birthYear(), p.sex().name(),
                p.deceased(), c == null ? null : c.relationship(), c == null ? null : c.category().name(),
                c == null ? null : c.baseline().name(), safety.hiddenFromYoungPerson(p.id()), safety.barred(p.id()));
    }

    private static NetworkExport.KinTie tie(Kin kin) {
        return new NetworkExport.KinTie(kin.fromPersonId(), kin.toPersonId(), kin.kind().name(),
                kin.qualifier().name());
    }

    /** The same export as GraphML: one node per person, edges for connections and for kinship. */
    static String graphml(NetworkExport export) {
        var xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns"
                    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">
                  <key id="role" for="node" attr.name="role" attr.type="string"/>
                  <key id="name" for="node" attr.name="name" attr.type="string"/>
                  <key id="birthYear" for="node" attr.name="birthYear" attr.type="int"/>
                  <key id="sex" for="node" attr.name="sex" attr.type="string"/>
                  <key id="deceased" for="node" attr.name="deceased" attr.type="boolean"/>
                  <key id="category" for="node" attr.name="category" attr.type="string"/>
                  <key id="baseline" for="node" attr.name="baseline" attr.type="string"/>
                  <key id="doNotContact" for="node" attr.name="doNotContact" attr.type="boolean"/>
                  <key id="type" for="edge" attr.name="type" attr.type="string"/>
                  <key id="relationship" for="edge" attr.name="relationship" attr.type="string"/>
                  <key id="qualifier" for="edge" attr.name="qualifier" attr.type="string"/>
                  <graph id="network" edgedefault="directed">
                """);
        var yp = export.youngPerson();
        xml.append("    <node id=\"").append(escape(yp.id())).append("\">")
                .append(data("role", "young person")).append(data("name", yp.givenName()))
                .append(data("birthYear", String.valueOf(yp.birthYear()))).append("</node>\n");
        for (var p : export.people()) {
            xml.append("    <node id=\"").append(escape(p.id())).append("\">").append(data("role", "person"))
                    .append(data("name", ((p.givenName() == null ? "" : p.givenName()) + " "
                            + (p.familyName() == null ? "" : p.familyName())).strip()))
                    .append(p.birthYear() == null ? "" : data("birthYear", p.birthYear().toString()))
                    .append(data("sex", p.sex())).append(data("deceased", String.valueOf(p.deceased())))
                    .append(p.category() == null ? "" : data("category", p.category()))
                    .append(p.baseline() == null ? "" : data("baseline", p.baseline()))
                    .append(data("doNotContact", String.valueOf(p.doNotContact()))).append("</node>\n");
        }
        int edge = 0;
        for (var p : export.people()) {
            if (p.category() != null) {
                xml.append("    <edge id=\"e").append(edge++).append("\" source=\"").append(escape(yp.id()))
                        .append("\" target=\"").append(escape(p.id())).append("\">").append(data("type", "CONNECTION"))
                        .append(p.relationship() == null ? "" : data("relationship", p.relationship()))
                        .append("</edge>\n");
            }
        }
        for (var k : export.kinship()) {
            xml.append("    <edge id=\"e").append(edge++).append("\" source=\"").append(escape(k.from()))
                    .append("\" target=\"").append(escape(k.to())).append("\">").append(data("type", k.kind()))
                    .append(data("qualifier", k.qualifier())).append("</edge>\n");
        }
        return xml.append("  </graph>\n</graphml>\n").toString();
    }

    private static String data(String key, String value) {
        return "<data key=\"" + key + "\">" + escape(value) + "</data>";
    }

    private static String escape(String text) {
        // Records written before the input rules may still hold characters XML cannot carry.
        return TextRules.clean(text, false).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&apos;");
    }
}
