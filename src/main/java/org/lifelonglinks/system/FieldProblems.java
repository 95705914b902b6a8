package org.lifelonglinks.system;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/**
 * Collects every problem with a request instead of stopping at the first, so a person filling in a form is told
 * about all of them at once (the GOV.UK error summary). Each rule is one of the field rules the service already
 * has ({@link TextRules}, a module's {@code Fields} or {@code Checks}); a rule that refuses is remembered as
 * {field, detail} and its value comes back as null. {@link #throwIfAny} then throws: the one exception itself
 * when there was one problem (so a single problem is answered exactly as before), or a
 * {@link FieldProblemsException} carrying them all.
 *
 * <p>Compact constructors reassign their parameters, so a lambda cannot capture them: pass the value as an
 * argument, {@code givenName = problems.check(Fields::name, "givenName", givenName)}.
 */
public final class FieldProblems {

    private final List<InvalidFieldException> found = new ArrayList<>();

    /** Runs {@code rule(field, value)}: its answer, or null when it refused (the refusal is remembered). */
    public <T, R> R check(BiFunction<String, T, R> rule, String field, T value) {
        try {
            return rule.apply(field, value);
        } catch (InvalidFieldException e) {
            add(e);
            return null;
        }
    }

    /** Runs any rule (a nested record's constructor, a module's own check): its answer, or null when it refused. */
    public <R> R get(Supplier<R> rule) {
        try {
            return rule.get();
        } catch (InvalidFieldException e) {
            add(e);
            return null;
        }
    }

    /** Runs a rule that only checks. */
    public void run(Runnable rule) {
        try {
            rule.run();
        } catch (InvalidFieldException e) {
            add(e);
        }
    }

    /** A value that must be there: null is remembered as "field is required". */
    public <T> T required(String field, T value) {
        if (value == null) {
            add(new MissingFieldException(field));
        }
        return value;
    }

    public void missing(String field) {
        add(new MissingFieldException(field));
    }

    public void invalid(String field, String detail) {
        add(new InvalidFieldException(field, detail));
    }

    /** Remembers a refusal; one carrying several problems adds each of them. */
    public void add(InvalidFieldException e) {
        if (e instanceof FieldProblemsException many) {
            found.addAll(many.refusals());
        } else {
            found.add(e);
        }
    }

    /** Whether no problem has been found with this field yet, so a rule that builds on its value may run. */
    public boolean ok(String field) {
        return found.stream().noneMatch(e -> field.equals(e.field()));
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    /** Throws what was found: nothing, the one refusal as it was, or all of them together. */
    public void throwIfAny() {
        if (found.size() == 1) {
            throw found.getFirst();
        }
        if (!found.isEmpty()) {
            throw new FieldProblemsException(found);
        }
    }
}
