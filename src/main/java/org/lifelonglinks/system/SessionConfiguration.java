package org.lifelonglinks.system;

import java.time.Duration;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.annotation.web.http.EnableSpringHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Browser sessions in Neo4j ({@link Neo4jSessions}) instead of the servlet container's memory, so any instance can
 * answer any request. The cookie keeps the container's settings: {@code JSESSIONID}, HttpOnly, SameSite=Lax, Secure
 * over HTTPS, and the timeout of {@code server.servlet.session.timeout}.
 */
@Configuration(proxyBeanMethods = false)
@EnableSpringHttpSession
class SessionConfiguration {

    @Bean
    Neo4jSessions sessionRepository(Driver driver,
            @Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        return new Neo4jSessions(driver, timeout);
    }

    @Bean
    CookieSerializer cookieSerializer() {
        var cookie = new DefaultCookieSerializer();
        cookie.setCookieName("JSESSIONID");
        cookie.setCookiePath("/");
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        // The id itself, as the container sent it: no Base64 wrapping.
        cookie.setUseBase64Encoding(false);
        return cookie;
    }
}
