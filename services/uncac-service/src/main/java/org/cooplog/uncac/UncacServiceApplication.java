package org.cooplog.uncac;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The UNCAC desk's publisher: every country-review step and UNCAC body session enters the log through it. */
@SpringBootApplication
public class UncacServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(UncacServiceApplication.class, args);
    }
}
