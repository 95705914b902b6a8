package org.lifelonglinks.security;

import java.util.regex.Pattern;
import org.lifelonglinks.system.InvalidFieldException;
import org.lifelonglinks.system.TextRules;

/**
 * The rule for a worker's e-mail address, where notifications are sent. The text rules come first (no control
 * characters, so a CR or LF can never reach a mail header), then the shape: an ASCII local part, an at sign and a
 * dotted domain name, at most 254 characters (RFC 5321). Addresses with international domain names are not taken.
 */
public final class EmailAddresses {

    /** The longest address SMTP carries. */
    public static final int MAX = 254;

    private static final Pattern ADDRESS = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

    private EmailAddresses() {
    }

    /** An optional address: tidied, or null when blank; refused (422 naming the field) when it is not one. */
    public static String checked(String field, String value) {
        String tidy = TextRules.line(field, value, MAX);
        if (tidy != null && !ADDRESS.matcher(tidy).matches()) {
            throw new InvalidFieldException(field, field + " must be an e-mail address such as name@example.org");
        }
        return tidy;
    }
}
