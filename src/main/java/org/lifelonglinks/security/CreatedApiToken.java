package org.lifelonglinks.security;

import java.time.LocalDate;

/**
 * A token just made: the only time the token itself is shown. Only its SHA-256 hash is stored.
 *
 * @param id        the token's id, to revoke it
 * @param name      what it is for
 * @param token     the secret to send as {@code Authorization: Bearer <token>}
 * @param expiresOn the last day it works
 */
public record CreatedApiToken(String id, String name, String token, LocalDate expiresOn) {
}
