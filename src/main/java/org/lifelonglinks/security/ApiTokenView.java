package org.lifelonglinks.security;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An API token as it is listed: never the token or its hash, only its first characters to recognise it by.
 *
 * @param id         the token's id, to revoke it
 * @param name       what it is for
 * @param prefix     its first characters
 * @param username   the account it signs in as
 * @param createdBy  who made it (the account itself, or an administrator)
 * @param createdAt  when
 * @param expiresOn  the last day it works
 * @param lastUsedAt about when it was last used (updated at most every few minutes); null if never
 */
public record ApiTokenView(String id, String name, String prefix, String username, String createdBy, Instant createdAt,
        LocalDate expiresOn, Instant lastUsedAt) {
}
