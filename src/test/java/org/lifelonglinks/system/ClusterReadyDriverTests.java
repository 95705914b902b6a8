package org.lifelonglinks.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.BookmarkManager;
import org.neo4j.driver.BookmarkManagerConfig;
import org.neo4j.driver.BookmarkManagers;
import org.neo4j.driver.Driver;
import org.neo4j.driver.RoutingControl;
import org.neo4j.driver.SessionConfig;

/** The driver every part of the service uses: one bookmark manager, reads routed to readers. */
class ClusterReadyDriverTests {

    private final BookmarkManager shared = BookmarkManagers.defaultManager(BookmarkManagerConfig.builder().build());
    private final ClusterReadyDriver driver = new ClusterReadyDriver((Driver) Proxy.newProxyInstance(
            Driver.class.getClassLoader(), new Class<?>[] {Driver.class}, (proxy, method, arguments) ->
                    method.getName().equals("executableQueryBookmarkManager") ? shared : null));

    @Test
    void everySessionGetsTheSharedBookmarkManagerAndKeepsItsOtherSettings() {
        var config = driver.shared(SessionConfig.builder().withDatabase("neo4j")
                .withDefaultAccessMode(AccessMode.READ).withFetchSize(50).build());

        assertThat(config.bookmarkManager()).containsSame(shared);
        assertThat(config.database()).contains("neo4j");
        assertThat(config.defaultAccessMode()).isEqualTo(AccessMode.READ);
        assertThat(config.fetchSize()).contains(50L);
        assertThat(driver.shared(SessionConfig.defaultConfig()).bookmarkManager()).containsSame(shared);
    }

    @Test
    void aSessionWithABookmarkManagerOfItsOwnGetsTheSharedOneInstead() {
        var own = BookmarkManagers.defaultManager(BookmarkManagerConfig.builder().build());

        assertThat(driver.shared(SessionConfig.builder().withBookmarkManager(own).build()).bookmarkManager())
                .containsSame(shared);
    }

    @Test
    void anExecutableQueryGoesToAReaderOnlyWhenNothingInItCouldWrite() {
        assertThat(ClusterReadyDriver.routingFor("MATCH (p:Person {id: $id}) RETURN p ORDER BY p.x SKIP 1"))
                .isEqualTo(RoutingControl.READ);
        assertThat(ClusterReadyDriver.routingFor("MATCH (p) WHERE p.offset > 1 RETURN p.settled"))
                .isEqualTo(RoutingControl.READ);
        for (String write : new String[] {"CREATE (n)", "MATCH (n) SET n.x = 1", "MERGE (n:X {id: 1})",
                "match (n) detach delete n", "MATCH (n) REMOVE n.x", "CALL db.awaitIndexes()",
                "MATCH (n) FOREACH (x IN [1] | SET n.y = x)", "LOAD CSV FROM 'x' AS l RETURN l",
                "DROP INDEX restore_id IF EXISTS", "ALTER DATABASE neo4j SET ACCESS READ ONLY"}) {
            assertThat(ClusterReadyDriver.routingFor(write)).as(write).isEqualTo(RoutingControl.WRITE);
        }
    }
}
