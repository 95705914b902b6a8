package org.lifelonglinks;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Lifelong Links service: a coordinator's workbench for reconnecting young people in care. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LifelongLinksApplication {

    public static void main(String[] args) {
        SpringApplication.run(LifelongLinksApplication.class, args);
    }
}
