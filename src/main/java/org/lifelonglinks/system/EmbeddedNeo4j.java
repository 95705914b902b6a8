package org.lifelonglinks.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Neo4j database running inside the service's JVM, storing its files on disk and reachable only over
 * Bolt on the loopback interface.
 *
 * <p>Any local process can reach a loopback port, so authentication stays on: the {@code neo4j} user gets a
 * random password on first start, kept in {@code neo4j-password} (owner-readable only) in the data folder.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    static final String USER = "neo4j";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

    private final DatabaseManagementService dbms;
    private final URI boltUri;
    private final String password;

    private EmbeddedNeo4j(DatabaseManagementService dbms, URI boltUri, String password) {
        this.dbms = dbms;
        this.boltUri = boltUri;
        this.password = password;
    }

    /** Starts (creating on first use) the database under {@code dataDir/neo4j}. */
    public static EmbeddedNeo4j start(Path dataDir, int boltPort, long pageCacheBytes) {
        try {
            Files.createDirectories(dataDir);
            int port = boltPort == 0 ? freeLoopbackPort() : boltPort;
            Path passwordFile = dataDir.resolve("neo4j-password");
            boolean firstStart = !Files.exists(passwordFile);
            DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(dataDir.resolve("neo4j"))
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("localhost", port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("localhost", port))
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes)
                    // Bolt's two Netty event-loop groups each wait a 5 s quiet period at shutdown, 10 s on every
                    // stop or restart. Our only Bolt client, the service's own driver, is closed before this.
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, Duration.ofMillis(100))
                    .build();
            GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            GraphDatabaseService neo4j = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            waitUntilAvailable(system);
            waitUntilAvailable(neo4j);
            String password = firstStart ? newPassword() : Files.readString(passwordFile).strip();
            if (firstStart) {
                system.executeTransactionally(
                        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
                writeOwnerOnly(passwordFile, password);
                log.info("Created the embedded graph database in {}", dataDir.resolve("neo4j"));
            }
            URI uri = URI.create("bolt://localhost:" + port);
            log.info("Embedded graph database ready at {}", uri);
            return new EmbeddedNeo4j(dbms, uri, password);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded graph database in " + dataDir, e);
        }
    }

    public URI boltUri() {
        return boltUri;
    }

    public String username() {
        return USER;
    }

    public String password() {
        return password;
    }

    @Override
    public void close() {
        dbms.shutdown();
    }

    private static void waitUntilAvailable(GraphDatabaseService db) {
        if (!db.isAvailable(START_TIMEOUT.toMillis())) {
            throw new IllegalStateException("The embedded database " + db.databaseName()
                    + " did not become available within " + START_TIMEOUT.toSeconds() + " s");
        }
    }

    private static int freeLoopbackPort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("localhost", 0));
            return socket.getLocalPort();
        }
    }

    private static String newPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        try {
            // Created owner-only, so the password is never readable by others, not even for a moment.
            Files.createFile(file, PosixFilePermissions.asFileAttribute(DataFolder.FILE));
        } catch (UnsupportedOperationException notPosix) {
            log.warn("Could not restrict the permissions of {}: the file system is not POSIX", file);
        }
        Files.writeString(file, content);
    }
}
