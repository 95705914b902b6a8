package org.lifelonglinks.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One GEDCOM structure: a line with its substructures, continuation lines already joined into the value. */
final class GedcomNode {

    private final int level;
    private final String xref;
    private final String tag;
    private final int line;
    private final List<GedcomNode> children = new ArrayList<>();
    private String value;

    GedcomNode(int level, String xref, String tag, String value, int line) {
        this.level = level;
        this.xref = xref;
        this.tag = tag;
        this.value = value;
        this.line = line;
    }

    int level() {
        return level;
    }

    String xref() {
        return xref;
    }

    String tag() {
        return tag;
    }

    String value() {
        return value;
    }

    int line() {
        return line;
    }

    List<GedcomNode> children() {
        return children;
    }

    void append(String text) {
        value = value == null ? text : value + text;
    }

    /** The first substructure with this tag. */
    Optional<GedcomNode> child(String childTag) {
        return children.stream().filter(c -> c.tag.equals(childTag)).findFirst();
    }

    /** The value of the first substructure with this tag, if it has one. */
    Optional<String> childValue(String childTag) {
        return child(childTag).map(GedcomNode::value).filter(v -> !v.isBlank());
    }

    List<GedcomNode> all(String childTag) {
        return children.stream().filter(c -> c.tag.equals(childTag)).toList();
    }
}
