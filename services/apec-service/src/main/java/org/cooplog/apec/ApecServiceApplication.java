package org.cooplog.apec;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The APEC desk's publisher: the inspectorate's ACTWG work enters the log through it. */
@SpringBootApplication
public class ApecServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ApecServiceApplication.class, args);
    }
}
