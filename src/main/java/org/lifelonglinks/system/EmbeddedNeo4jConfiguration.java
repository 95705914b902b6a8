package org.lifelonglinks.system;

import java.net.URI;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Runs the embedded database unless {@code spring.neo4j.uri} points at an external server or cluster. Boot's
 * driver auto-configuration then connects over Bolt through the {@link Neo4jConnectionDetails} given here.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.neo4j.uri:}'.isBlank()")
class EmbeddedNeo4jConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedNeo4j embeddedNeo4j(StorageProperties storage, EmbeddedNeo4jProperties settings) {
        return EmbeddedNeo4j.start(storage.dataDir(), settings.boltPort(), settings.pageCache().toBytes());
    }

    @Bean
    Neo4jConnectionDetails embeddedNeo4jConnectionDetails(EmbeddedNeo4j database) {
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return database.boltUri();
            }

            @Override
            public AuthToken getAuthToken() {
                return AuthTokens.basic(database.username(), database.password());
            }
        };
    }
}
