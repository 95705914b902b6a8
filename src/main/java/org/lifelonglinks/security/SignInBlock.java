package org.lifelonglinks.security;

import java.time.Instant;

/**
 * A client address that may not sign in to an account until a time, after repeated wrong passwords from it.
 *
 * @param address the client's address, as {@link ClientAddresses} decided it
 * @param until   when the block ends by itself
 */
public record SignInBlock(String address, Instant until) {
}
