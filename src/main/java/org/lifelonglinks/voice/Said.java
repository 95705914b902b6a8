package org.lifelonglinks.voice;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * One thing the young person said (or a message), as read out of the graph by {@link VoiceRepository}: its
 * properties by name, and its labels. The services read it with the same few calls a driver value offers, so only the repository
 * touches the Neo4j driver (ArchitectureTests).
 */
record Said(Map<String, Object> properties, java.util.Set<String> labels) {

    Said {
        properties = Map.copyOf(Objects.requireNonNull(properties, "properties").entrySet().stream()
                .filter(e -> e.getValue() != null)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        labels = java.util.Set.copyOf(labels);
    }

    /** Whether it is of this kind ({@code OwnMessage}, {@code UnsafeAlert}, …: its label in the graph). */
    boolean hasLabel(String label) {
        return labels.contains(label);
    }

    Field get(String property) {
        return new Field(property, properties.get(property));
    }

    /** One property's value; reading a missing one as a required type fails as the driver's value would. */
    record Field(String name, Object value) {

        boolean isNull() {
            return value == null;
        }

        String asString() {
            return (String) required();
        }

        String asString(String whenMissing) {
            return value == null ? whenMissing : (String) value;
        }

        int asInt() {
            return ((Number) required()).intValue();
        }

        boolean asBoolean() {
            return (Boolean) required();
        }

        ZonedDateTime asZonedDateTime() {
            return (ZonedDateTime) required();
        }

        LocalDate asLocalDate() {
            return (LocalDate) required();
        }

        <T> List<T> asList(Function<Field, T> each) {
            return ((List<?>) required()).stream().map(item -> each.apply(new Field(name, item))).toList();
        }

        private Object required() {
            if (value == null) {
                throw new IllegalStateException(name + " is not recorded");
            }
            return value;
        }
    }
}
