package org.lifelonglinks.support;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.neo4j.driver.Driver;

/**
 * Base of the tests that run the whole service: embedded Neo4j on disk in a fresh folder under target/, the
 * real security filter chain, real HTTP over the loopback. Every subclass shares one running service (Spring
 * caches the context), so each test makes its own uniquely named records.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "lifelinks.data-dir=target/test-data/${random.uuid}",
        "lifelinks.admin.initial-password=" + IntegrationTest.ADMIN_PASSWORD,
        // Every test call signs in with HTTP Basic: at the default strength that is 0.1 s of bcrypt per call.
        "lifelinks.sign-in.bcrypt-strength=" + IntegrationTest.BCRYPT_STRENGTH,
        // Short enough that tests of five wrong passwords stay quick, long enough to measure the ladder.
        "lifelinks.sign-in.first-delay=" + IntegrationTest.FIRST_DELAY_MILLIS + "ms",
        // As behind a TLS proxy on this machine (off by default): the headers tests send X-Forwarded-Proto.
        "server.forward-headers-strategy=native"})
@Import(TestClock.Configuration.class)
public abstract class IntegrationTest {

    public static final String ADMIN_PASSWORD = "admin-test-password-1";
    public static final String PASSWORD = "a-long-test-password";
    public static final int FIRST_DELAY_MILLIS = 100;
    /** The cheapest bcrypt: the tests check that passwords are checked, not how slowly. */
    public static final int BCRYPT_STRENGTH = 4;

    @LocalServerPort
    protected int port;

    @Autowired
    protected Driver driver;

    /** The service's clock: a test may move it forward, and must reset it when it ends. */
    @Autowired
    protected TestClock clock;

    protected Api admin;
    protected Fixtures fixtures;

    @BeforeEach
    protected void signInAsAdmin() {
        admin = Api.at(port).as("admin", ADMIN_PASSWORD);
        fixtures = new Fixtures(admin, port);
    }

    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
