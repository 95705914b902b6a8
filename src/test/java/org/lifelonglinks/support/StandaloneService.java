package org.lifelonglinks.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.lifelonglinks.LifelongLinksApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the whole service the way a user does, outside Spring's shared test context: for tests that need it
 * twice over one folder (restarts, restores) or with settings of their own.
 */
public final class StandaloneService {

    private StandaloneService() {
    }

    /** Starts the service with these settings as command-line arguments, which outrank application.yml. */
    public static ConfigurableApplicationContext start(String adminPassword, String... properties) {
        var arguments = new ArrayList<String>(List.of("--server.port=0",
                "--lifelinks.admin.initial-password=" + adminPassword,
                "--lifelinks.sign-in.bcrypt-strength=" + IntegrationTest.BCRYPT_STRENGTH));
        for (String property : properties) {
            arguments.add("--" + property);
        }
        return new SpringApplicationBuilder(LifelongLinksApplication.class).run(arguments.toArray(String[]::new));
    }

    /** A client of that service, signed in. */
    public static Api api(ConfigurableApplicationContext context, String username, String password) {
        int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
        return Api.at(port).as(username, password);
    }

    /** A new, empty folder under target/test-data. */
    public static Path freshDataDir(String prefix) throws Exception {
        return Files.createDirectories(Path.of("target", "test-data", prefix + "-" + UUID.randomUUID()));
    }
}
