package org.lifelonglinks.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Notification e-mail through a real SMTP server (GreenMail) started by the test: what arrives says nothing about
 * anyone, the weekly digest is counts, and an SMTP server that is down never fails the action; the e-mail goes
 * later. Its own service (e-mail switched on), so the other tests keep the default: e-mail off.
 */
class NotificationMailIntegrationTests extends IntegrationTest {

    private static final int SMTP_PORT = freePort();
    private static final String BASE_URL = "https://links.example.test";
    private static final LocalDate TODAY = LocalDate.now();
    private static GreenMail smtp;

    @Autowired
    private MailOutbox outbox;

    @Autowired
    private NotificationSchedule schedule;

    @DynamicPropertySource
    static void mail(DynamicPropertyRegistry registry) {
        registry.add("lifelinks.mail.host", () -> "127.0.0.1");
        registry.add("lifelinks.mail.port", () -> SMTP_PORT);
        registry.add("lifelinks.mail.security", () -> "NONE");
        registry.add("lifelinks.mail.from", () -> "no-reply@links.example.test");
        registry.add("lifelinks.mail.base-url", () -> BASE_URL);
        registry.add("lifelinks.mail.username", () -> "lifelinks");
        registry.add("lifelinks.mail.password", () -> "smtp-test-secret");
        registry.add("lifelinks.mail.timeout", () -> "5s");
        // Only the test sends and runs the jobs: no pass of its own in the middle of an assertion.
        registry.add("lifelinks.mail.retry-every", () -> "PT1H");
        registry.add("lifelinks.notifications.scan-cron", () -> "-");
        registry.add("lifelinks.notifications.digest-cron", () -> "-");
    }

    @BeforeAll
    static void startSmtp() {
        smtp = smtpServer();
    }

    /** GreenMail on the port the service was given, taking the service's SMTP account (authentication is on). */
    private static GreenMail smtpServer() {
        var server = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.setUser("no-reply@links.example.test", "lifelinks", "smtp-test-secret");
        server.start();
        return server;
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void theApprovalRequestAndTheDecisionAreEmailedWithoutAName() throws Exception {
        var people = caseload();
        people.socialWorker().get("/api/notifications");
        var request = awaitMail(people.socialWorkerAddress());
        assertThat(request.getSubject()).isEqualTo("Lifelong Links: an approval is waiting");

        var decided = people.socialWorker().post("/api/people/" + people.person() + "/safety", """
                {"youngPersonId": "%s", "decision": "DO_NOT_CONTACT", "basis": "RISK_ASSESSMENT",
                 "reason": "Quenby family court order"}""".formatted(people.youngPerson()));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(201);
        var decision = awaitMail(people.coordinatorAddress());
        assertThat(decision.getSubject()).isEqualTo("Lifelong Links: something urgent is waiting");

        for (var message : List.of(request, decision)) {
            String words = message.getSubject() + "\n" + GreenMailUtil.getBody(message);
            assertThat(words).contains(BASE_URL + "/notifications")
                    .doesNotContain("Marigold", "Quenby", "Tamsin", "Ashcroft", "court", people.youngPerson(),
                            people.person(), "Test COORDINATOR", "Test SOCIAL_WORKER");
            assertThat(message.getFrom()[0].toString()).isEqualTo("no-reply@links.example.test");
            assertThat(message.getRecipients(Message.RecipientType.TO)).hasSize(1);
            assertThat(message.getRecipients(Message.RecipientType.CC)).isNull();
            assertThat(message.getRecipients(Message.RecipientType.BCC)).isNull();
        }
    }

    @Test
    void theWeeklyDigestCountsTheWeekWithoutNames() throws Exception {
        var people = caseload();
        for (var due : List.of(TODAY.plusDays(3), TODAY.plusDays(5), TODAY.minusDays(2))) {
            var task = people.socialWorker().post("/api/young-people/" + people.youngPerson() + "/tasks", """
                    {"what": "Visit Tamsin Ashcroft with Marigold", "due": "%s"}""".formatted(due));
            assertThat(task.status()).as(task.toString()).isEqualTo(201);
        }
        assertThat(schedule.digest()).isPositive();
        var digest = awaitMail(people.socialWorkerAddress(), "Lifelong Links: your week");
        String body = GreenMailUtil.getBody(digest);
        assertThat(body).contains("2 tasks due this week", "1 overdue", "1 approval waiting",
                BASE_URL + "/notifications");
        assertThat(body + digest.getSubject()).doesNotContain("Marigold", "Quenby", "Tamsin", "Ashcroft", "Visit",
                people.youngPerson());
    }

    @Test
    void anSmtpServerThatIsDownFailsNothingAndTheEmailGoesLater() throws Exception {
        var people = caseload();
        smtp.stop();
        try {
            var decided = people.socialWorker().post("/api/people/" + people.person() + "/safety", """
                    {"youngPersonId": "%s", "decision": "APPROVED", "basis": "RISK_ASSESSMENT"}"""
                    .formatted(people.youngPerson()));
            assertThat(decided.status()).as("the decision stands: " + decided).isEqualTo(201);
            assertThat(people.coordinator().get("/api/notifications").body()).contains("SAFETY_DECISION_RECORDED");
            outbox.send();
            var waiting = outgoing(people.coordinatorUsername());
            assertThat(waiting.get("state")).isEqualTo("PENDING");
            assertThat((Long) waiting.get("attempts")).isGreaterThanOrEqualTo(1L);
            assertThat((String) waiting.get("lastError")).isNotBlank();
        } finally {
            smtp = smtpServer();
        }
        clock.advance(Duration.ofHours(2));
        assertThat(outbox.send()).isPositive();
        var decision = awaitMail(people.coordinatorAddress());
        assertThat(decision.getSubject()).isEqualTo("Lifelong Links: a safety decision was recorded");
        assertThat(outgoing(people.coordinatorUsername()).get("state")).isEqualTo("SENT");
    }

    // ----

    private record Caseload(String youngPerson, String person, Api coordinator, String coordinatorUsername,
            String coordinatorAddress, Api socialWorker, String socialWorkerAddress) {
    }

    /**
     * A coordinator and a social worker, each with an address, a young person and someone reached today: first
     * contact waits for the social worker.
     */
    private Caseload caseload() {
        String coordinatorName = unique("coordinator");
        String socialWorkerName = unique("social-worker");
        var coordinator = account(coordinatorName, "COORDINATOR");
        var socialWorker = account(socialWorkerName, "SOCIAL_WORKER");
        var referred = coordinator.post("/api/young-people", """
                {"givenName": "Marigold", "familyName": "Quenby", "dateOfBirth": "2011-05-17", "localId": "%s",
                 "area": "east"}""".formatted(unique("LL")));
        assertThat(referred.status()).as(referred.toString()).isEqualTo(201);
        String youngPerson = referred.text("id");
        fixtures.consent(coordinator, youngPerson);
        fixtures.assign(youngPerson, socialWorker, "SOCIAL_WORKER");
        String person = fixtures.person(youngPerson, "Tamsin", "Ashcroft");
        var contact = coordinator.post("/api/young-people/" + youngPerson + "/contacts", """
                {"personId": "%s", "date": "%s", "kind": "PHONE", "outcome": "REACHED"}""".formatted(person, TODAY));
        assertThat(contact.status()).as(contact.toString()).isEqualTo(201);
        return new Caseload(youngPerson, person, coordinator, coordinatorName, coordinatorName + "@council.example",
                socialWorker, socialWorkerName + "@council.example");
    }

    private Api account(String username, String role) {
        var made = admin.post("/api/users", """
                {"username": "%s", "password": "%s", "displayName": "Test %s", "roles": ["%s"],
                 "email": "%s@council.example"}""".formatted(username, PASSWORD, role, role, username));
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        return Api.at(port).as(username, PASSWORD);
    }

    private static MimeMessage awaitMail(String address) throws Exception {
        return awaitMail(address, null);
    }

    /** The first message to this address (with this subject, if given), waiting up to 20 s for it to arrive. */
    private static MimeMessage awaitMail(String address, String subject) throws Exception {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < until) {
            for (var message : smtp.getReceivedMessages()) {
                boolean to = Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equals(address));
                if (to && (subject == null || subject.equals(message.getSubject()))) {
                    return message;
                }
            }
            smtp.waitForIncomingEmail(500, smtp.getReceivedMessages().length + 1);
        }
        throw new AssertionError("no e-mail to " + address + (subject == null ? "" : " about " + subject));
    }

    private Map<String, Object> outgoing(String username) {
        return driver.executableQuery("""
                        MATCH (m:OutgoingMail {username: $username})
                        RETURN m.state AS state, m.attempts AS attempts, m.lastError AS lastError
                        ORDER BY m.createdAt DESC
                        LIMIT 1
                        """)
                .withParameters(Map.of("username", username))
                .execute().records().getFirst().asMap();
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
