package org.lifelonglinks;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class LifelongLinksApplication {
    public static void main(String[] args) {
        SpringApplication.run(LifelongLinksApplication.class, args);
    }
}
