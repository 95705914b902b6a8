package org.lifelonglinks.notifications;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the e-mails in the outbox ({@code :OutgoingMail}), never in the request that made them: a request stores
 * its e-mail with its notifications and asks for a send soon, on another thread; a scheduled pass (every minute)
 * retries what failed, 1, 2, 4 … minutes apart (at most an hour), up to {@code max-attempts}, then marks it FAILED
 * and logs it. An SMTP server that is down or refuses therefore never fails the action that caused the e-mail.
 * The recipient's address is read when sending, so a changed or removed address counts, and a disabled account
 * gets nothing (DROPPED). One service sends: a lock keeps two passes from sending the same e-mail twice.
 */
@Component
class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);
    private static final int BATCH = 50;

    private final NotificationRepository repository;
    private final MailProperties settings;
    private final Clock clock;
    private final JavaMailSenderImpl sender;
    private final ReentrantLock sending = new ReentrantLock();
    private final AtomicBoolean queued = new AtomicBoolean();
    private final ExecutorService background = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("mail-outbox").factory());

    MailOutbox(NotificationRepository repository, MailProperties settings, Clock clock) {
        this.repository = repository;
        this.settings = settings;
        this.clock = clock;
        this.sender = settings.enabled() ? sender(settings) : null;
    }

    /** Whether e-mail is configured: when it is not, nothing is queued or sent. */
    boolean enabled() {
        return sender != null;
    }

    /** Asks for a pass on another thread, soon; at most one waits at a time. */
    void sendSoon() {
        if (enabled() && queued.compareAndSet(false, true)) {
            try {
                background.execute(() -> {
                    queued.set(false);
                    send();
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                queued.set(false); // shutting down: the next start's scheduled pass sends it
            }
        }
    }

    /** Sends what is due now; answers how many were sent. Never throws: failures are recorded and logged. */
    @Scheduled(fixedDelayString = "${lifelinks.mail.retry-every:PT1M}", initialDelayString = "PT1M")
    int send() {
        if (!enabled()) {
            return 0;
        }
        sending.lock();
        try {
            int sent = 0;
            for (var mail : repository.pending(clock.instant(), BATCH)) {
                sent += attempt(mail) ? 1 : 0;
            }
            return sent;
        } catch (RuntimeException e) {
            log.error("The mail outbox could not be read; the next pass tries again", e);
            return 0;
        } finally {
            sending.unlock();
        }
    }

    private boolean attempt(NotificationRepository.Pending mail) {
        Instant now = clock.instant();
        if (mail.address() == null) {
            repository.attempted(mail.id(), "DROPPED", mail.attempts(), null, "no address or account disabled",
                    now);
            return false;
        }
        int attempts = mail.attempts() + 1;
        try {
            var message = sender.createMimeMessage();
            var helper = new MimeMessageHelper(message, false, StandardCharsets.UTF_8.name());
            helper.setFrom(strict(settings.from()));
            helper.setTo(strict(mail.address()));
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            sender.send(message);
            repository.attempted(mail.id(), "SENT", attempts, null, null, now);
            return true;
        } catch (MessagingException | MailException e) {
            boolean last = attempts >= settings.maxAttempts();
            String error = e.getClass().getSimpleName() + ": " + firstLine(e.getMessage());
            Duration wait = Duration.ofMinutes(Math.min(60, 1L << Math.min(attempts - 1, 6)));
            repository.attempted(mail.id(), last ? "FAILED" : "PENDING", attempts, last ? null : now.plus(wait),
                    error, now);
            if (last) {
                log.error("A notification e-mail to {} was given up after {} attempts: {}", mail.username(),
                        attempts, error);
            } else {
                log.warn("A notification e-mail to {} could not be sent (attempt {} of {}), trying again in {}: {}",
                        mail.username(), attempts, settings.maxAttempts(), wait, error);
            }
            return false;
        }
    }

    /** Parses an address strictly; an address with a line break (a header injection) is refused, never sent. */
    private static InternetAddress strict(String address) throws MessagingException {
        if (address.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new jakarta.mail.internet.AddressException("control character in an address");
        }
        var parsed = new InternetAddress(address, true);
        parsed.validate();
        return parsed;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String line = message.lines().findFirst().orElse("");
        return line.length() > 300 ? line.substring(0, 300) : line;
    }

    private static JavaMailSenderImpl sender(MailProperties settings) {
        var sender = new JavaMailSenderImpl();
        sender.setHost(settings.host());
        sender.setPort(settings.port());
        sender.setUsername(settings.username());
        sender.setPassword(settings.password());
        sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
        String protocol = settings.security() == MailProperties.Security.SMTPS ? "smtps" : "smtp";
        sender.setProtocol(protocol);
        var properties = new Properties();
        String millis = Long.toString(settings.timeout().toMillis());
        properties.put("mail." + protocol + ".connectiontimeout", millis);
        properties.put("mail." + protocol + ".timeout", millis);
        properties.put("mail." + protocol + ".writetimeout", millis);
        properties.put("mail." + protocol + ".auth", Boolean.toString(settings.username() != null));
        if (settings.security() == MailProperties.Security.STARTTLS) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        if (settings.security() != MailProperties.Security.NONE) {
            properties.put("mail." + protocol + ".ssl.checkserveridentity", "true");
        }
        sender.setJavaMailProperties(properties);
        return sender;
    }

    @PreDestroy
    void stop() {
        background.shutdownNow();
    }
}
