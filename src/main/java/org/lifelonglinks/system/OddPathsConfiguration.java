package org.lifelonglinks.system;

import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Lets a path with an encoded slash ({@code /api/people/a%2Fb}) reach the application instead of being refused by
 * Tomcat with its own HTML page: Spring Security's firewall then refuses it (400), and {@link ProblemErrorController}
 * answers in the service's words. The slash is never decoded into a path separator.
 */
@Configuration(proxyBeanMethods = false)
class OddPathsConfiguration {

    @Bean
    TomcatConnectorCustomizer encodedSlashesReachTheFirewall() {
        return connector -> connector.setEncodedSolidusHandling("passthrough");
    }
}
