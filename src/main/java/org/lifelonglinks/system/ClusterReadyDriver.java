package org.lifelonglinks.system;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletionStage;
import java.util.regex.Pattern;
import java.util.stream.Collector;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.BaseSession;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.Driver;
import org.neo4j.driver.ExecutableQuery;
import org.neo4j.driver.QueryConfig;
import org.neo4j.driver.Record;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.SessionConfig;

/**
 * The service's one {@link Driver}, ready for a Neo4j cluster (see docs/deployment.md):
 *
 * <ul>
 *   <li><b>One bookmark manager.</b> Every session is opened with the driver's executable-query bookmark manager,
 *   the one {@link #executableQuery} already uses, so any read follows every write this instance committed before
 *   it, whichever API each used. A session asked for with a bookmark manager of its own gets the shared one
 *   instead (the service's own code never asks: ArchitectureTests).</li>
 *   <li><b>Reads to readers.</b> Sessions route by their transaction functions ({@code executeRead} to a reader,
 *   {@code executeWrite} to the leader). An executable query given no configuration of its own goes to a reader
 *   when its Cypher has no clause that could write (no CREATE, MERGE, SET, DELETE, REMOVE, FOREACH, LOAD or CALL,
 *   and no schema or administration command such as DROP or ALTER),
 *   and to the leader otherwise: a mistake can only send a read to the leader, never a write to a reader. A read
 *   that must see another instance's latest write (a session, a job) asks for the leader itself.</li>
 *   <li><b>Retries by the driver.</b> Both run in the driver's managed transactions, which retry transient errors
 *   (a leader switch, a deadlock); the service has no retry loops of its own and runs no auto-commit queries.</li>
 * </ul>
 */
public final class ClusterReadyDriver implements Driver {

    private static final Pattern WRITE_CLAUSE = Pattern.compile(
            "\\b(CREATE|MERGE|SET|DELETE|REMOVE|FOREACH|LOAD|CALL|DROP|ALTER|RENAME|GRANT|DENY|REVOKE|START|STOP"
                    + "|TERMINATE|ENABLE)\\b");

    private final Driver driver;

    ClusterReadyDriver(Driver driver) {
        this.driver = Objects.requireNonNull(driver, "driver");
    }

    /** Where an executable query without its own configuration is routed. */
    static RoutingControl routingFor(String cypher) {
        return WRITE_CLAUSE.matcher(cypher.toUpperCase(Locale.ROOT)).find() ? RoutingControl.WRITE
                : RoutingControl.READ;
    }

    /** The bookmark manager every session and executable query shares. */
    public BookmarkManager bookmarks() {
        return driver.executableQueryBookmarkManager();
    }

    @Override
    public ExecutableQuery executableQuery(String query) {
        return new Routed(driver.executableQuery(query), routingFor(query), false);
    }

    @Override
    public BookmarkManager executableQueryBookmarkManager() {
        return driver.executableQueryBookmarkManager();
    }

    @Override
    public boolean isEncrypted() {
        return driver.isEncrypted();
    }

    @Override
    public <T extends BaseSession> T session(Class<T> sessionClass, SessionConfig config, AuthToken authToken) {
        return driver.session(sessionClass, shared(config), authToken);
    }

    /** The same settings with the shared bookmark manager. */
    SessionConfig shared(SessionConfig config) {
        BookmarkManager shared = bookmarks();
        if (config.bookmarkManager().filter(own -> own == shared).isPresent()) {
            return config;
        }
        // A library's session with a bookmark manager of its own (neo4j-migrations has one) gets the shared one
        // instead: it holds every bookmark that one would, and more.
        var builder = SessionConfig.builder()
                .withBookmarkManager(shared)
                .withBookmarks(config.bookmarks())
                .withDefaultAccessMode(config.defaultAccessMode())
                .withNotificationConfig(config.notificationConfig())
                .withAutoCommitRetriesMode(config.autoCommitRetriesMode());
        config.database().ifPresent(builder::withDatabase);
        config.fetchSize().ifPresent(builder::withFetchSize);
        config.impersonatedUser().ifPresent(builder::withImpersonatedUser);
        return builder.build();
    }

    @Override
    public void close() {
        driver.close();
    }

    @Override
    public CompletionStage<Void> closeAsync() {
        return driver.closeAsync();
    }

    @Override
    public void verifyConnectivity() {
        driver.verifyConnectivity();
    }

    @Override
    public CompletionStage<Void> verifyConnectivityAsync() {
        return driver.verifyConnectivityAsync();
    }

    @Override
    public boolean verifyAuthentication(AuthToken authToken) {
        return driver.verifyAuthentication(authToken);
    }

    @Override
    public boolean supportsSessionAuth() {
        return driver.supportsSessionAuth();
    }

    @Override
    public boolean supportsMultiDb() {
        return driver.supportsMultiDb();
    }

    @Override
    public CompletionStage<Boolean> supportsMultiDbAsync() {
        return driver.supportsMultiDbAsync();
    }

    /** An executable query routed by its Cypher unless the caller configures it. */
    private record Routed(ExecutableQuery query, RoutingControl routing, boolean configured)
            implements ExecutableQuery {

        @Override
        public ExecutableQuery withParameters(Map<String, Object> parameters) {
            return new Routed(query.withParameters(parameters), routing, configured);
        }

        @Override
        public ExecutableQuery withConfig(QueryConfig config) {
            return new Routed(query.withConfig(config), routing, true);
        }

        @Override
        public ExecutableQuery withAuthToken(AuthToken authToken) {
            return new Routed(query.withAuthToken(authToken), routing, configured);
        }

        @Override
        public <A, R, T> T execute(Collector<Record, A, R> collector, ResultFinisher<R, T> finisher) {
            ExecutableQuery routed = configured ? query
                    : query.withConfig(QueryConfig.builder().withRouting(routing).build());
            return routed.execute(collector, finisher);
        }
    }
}
