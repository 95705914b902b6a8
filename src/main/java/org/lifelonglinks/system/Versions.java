package org.lifelonglinks.system;

import java.util.regex.Pattern;

/**
 * The HTTP side of optimistic concurrency: a record's version as an {@code ETag}, and the version a change was
 * based on, read from its {@code If-Match} header. The compare itself happens in the write transaction
 * ({@link VersionedNode}), never here.
 */
public final class Versions {

    private static final Pattern ENTITY_TAG = Pattern.compile("(?:W/)?\"(\\d{1,18})\"|(\\d{1,18})");

    private Versions() {
    }

    /** The strong entity tag of a version: {@code "3"}. Strong, because If-Match compares strongly (RFC 9110). */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /**
     * The version an {@code If-Match} header asks for; null when there is none (or {@code *}), which leaves the
     * change to the last writer. {@code W/"3"}, {@code "3"} and a bare {@code 3} are accepted; anything else is a
     * 400, since guessing would risk saving over someone else's change.
     */
    public static Long expected(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        var matcher = ENTITY_TAG.matcher(ifMatch.strip());
        if (!matcher.matches()) {
            throw new BadRequestException("If-Match", "If-Match must be one version as the ETag gave it, such as \"3\"");
        }
        return Long.parseLong(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
    }
}
