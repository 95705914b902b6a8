package org.lifelonglinks.notifications;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * SMTP settings of the notification e-mails. E-mail is off until {@code host} is set (or {@code spring.mail.host}).
 *
 * @param host        the SMTP server ({@code lifelinks.mail.host}); blank: no e-mail is sent or queued
 * @param port        its port (default 587 with STARTTLS, 465 with SMTPS, 25 with NONE)
 * @param security    {@code STARTTLS} (default: upgrade and require TLS), {@code SMTPS} (TLS from the start) or
 *                    {@code NONE} (a relay on the same machine only)
 * @param username    the SMTP account, if the server asks for one
 * @param password    its password
 * @param from        the sender's address, required when {@code host} is set (e.g. {@code no-reply@council.example})
 * @param baseUrl     the service's address as workers reach it; e-mails link to {@code <base-url>/notifications}
 *                    (default {@code http://localhost:8080})
 * @param maxAttempts attempts before an e-mail is given up (default 8; retried after 1, 2, 4 … minutes, at most
 *                    an hour apart)
 * @param timeout     how long to wait for the SMTP server to connect or answer (default 10 s)
 */
@ConfigurationProperties("lifelinks.mail")
record MailProperties(String host, Integer port, Security security, String username, String password, String from,
        URI baseUrl, Integer maxAttempts, Duration timeout) {

    /** How the connection to the SMTP server is protected. */
    enum Security { NONE, STARTTLS, SMTPS }

    MailProperties {
        host = host == null || host.isBlank() ? null : host.strip();
        security = security == null ? Security.STARTTLS : security;
        port = port != null ? port : switch (security) {
            case NONE -> 25;
            case STARTTLS -> 587;
            case SMTPS -> 465;
        };
        username = username == null || username.isBlank() ? null : username;
        from = from == null || from.isBlank() ? null : from.strip();
        baseUrl = baseUrl == null ? URI.create("http://localhost:8080") : baseUrl;
        maxAttempts = maxAttempts == null ? 8 : maxAttempts;
        timeout = timeout == null ? Duration.ofSeconds(10) : timeout;
        if (host != null && from == null) {
            throw new IllegalArgumentException("lifelinks.mail.from (the sender's address) must be set when "
                    + "lifelinks.mail.host is");
        }
        if (from != null && !isAddress(from)) {
            throw new IllegalArgumentException("lifelinks.mail.from must be one e-mail address");
        }
        String base = baseUrl.toString();
        if (!(base.startsWith("https://") || base.startsWith("http://")) || base.chars().anyMatch(c -> c < 0x21)) {
            throw new IllegalArgumentException("lifelinks.mail.base-url must be an http(s) address");
        }
        if (maxAttempts < 1 || port < 1 || port > 65535) {
            throw new IllegalArgumentException("lifelinks.mail.max-attempts and port must be positive");
        }
    }

    boolean enabled() {
        return host != null;
    }

    /** Where the e-mails lead: the notifications page. */
    String notificationsPage() {
        String base = baseUrl.toString();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + "/notifications";
    }

    private static boolean isAddress(String value) {
        try {
            org.lifelonglinks.security.EmailAddresses.checked("from", value);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
