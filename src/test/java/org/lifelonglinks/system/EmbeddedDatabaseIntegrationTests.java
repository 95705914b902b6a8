package org.lifelonglinks.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.lifelonglinks.support.Api;
import org.lifelonglinks.support.StandaloneService;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the whole service the way a user does, twice over the same folder, and against an external server. */
class EmbeddedDatabaseIntegrationTests {

    private static final String ADMIN_PASSWORD = "restart-admin-password";

    @Test
    void dataSurvivesARestart() throws Exception {
        Path dataDir = freshDataDir();
        String id;
        try (var first = start("lifelinks.data-dir=" + dataDir)) {
            var admin = api(first);
            id = admin.post("/api/young-people", """
                    {"givenName": "Pat", "familyName": "Testrestart", "dateOfBirth": "2011-01-01",
                     "localId": "%s", "area": "south"}""".formatted(UUID.randomUUID())).text("id");
            assertThat(id).isNotBlank();
        }

        try (var second = start("lifelinks.data-dir=" + dataDir)) {
            var read = api(second).get("/api/young-people/" + id);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.text("familyName")).isEqualTo("Testrestart");
        }
        Path passwordFile = dataDir.resolve("neo4j-password");
        assertThat(Files.getPosixFilePermissions(passwordFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }

    @Test
    void anExternalServerSwitchesTheEmbeddedDatabaseOff() throws Exception {
        Path serverDir = freshDataDir();
        Path serviceDir = freshDataDir();
        try (var server = EmbeddedNeo4j.start(serverDir, 0, 64L * 1024 * 1024);
             var service = start("lifelinks.data-dir=" + serviceDir,
                     "spring.neo4j.uri=" + server.boltUri(),
                     "spring.neo4j.authentication.username=" + server.username(),
                     "spring.neo4j.authentication.password=" + server.password())) {

            assertThat(service.getBeansOfType(EmbeddedNeo4j.class)).isEmpty();
            assertThat(serviceDir.resolve("neo4j")).doesNotExist();
            String id = api(service).post("/api/young-people", """
                    {"givenName": "Pat", "familyName": "Testexternal", "dateOfBirth": "2011-01-01",
                     "localId": "%s", "area": "south"}""".formatted(UUID.randomUUID())).text("id");
            try (var driver = GraphDatabase.driver(server.boltUri(),
                    AuthTokens.basic(server.username(), server.password()))) {
                var name = driver.executableQuery("MATCH (yp:YoungPerson {id: $id}) RETURN yp.familyName AS name")
                        .withParameters(Map.of("id", id)).execute().records().getFirst().get("name").asString();
                assertThat(name).isEqualTo("Testexternal");
            }
        }
    }

    @Test
    void theEmbeddedDatabaseRefusesConnectionsWithoutItsPassword() throws Exception {
        try (var server = EmbeddedNeo4j.start(freshDataDir(), 0, 64L * 1024 * 1024);
             var driver = GraphDatabase.driver(server.boltUri(), AuthTokens.basic("neo4j", "neo4j"))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(driver::verifyConnectivity)
                    .isInstanceOf(org.neo4j.driver.exceptions.AuthenticationException.class);
            assertThat(server.boltUri().getHost()).isEqualTo("localhost");
        }
    }

    private static ConfigurableApplicationContext start(String... properties) {
        return StandaloneService.start(ADMIN_PASSWORD, properties);
    }

    private static Api api(ConfigurableApplicationContext context) {
        return StandaloneService.api(context, "admin", ADMIN_PASSWORD);
    }

    private static Path freshDataDir() throws Exception {
        return StandaloneService.freshDataDir("system");
    }
}
