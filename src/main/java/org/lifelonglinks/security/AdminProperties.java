package org.lifelonglinks.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The bootstrap administrator.
 *
 * @param initialPassword password of the {@code admin} account made on first start
 *                        ({@code lifelinks.admin.initial-password}, env {@code LIFELINKS_ADMIN_PASSWORD});
 *                        when empty a random one is generated and printed once in the log
 */
@ConfigurationProperties("lifelinks.admin")
record AdminProperties(String initialPassword) {
}
