package org.cooplog.aseanpac;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The ASEAN-PAC desk's publisher: every meeting and workshop of the Group enters the log through it. */
@SpringBootApplication
public class AseanPacServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(AseanPacServiceApplication.class, args);
    }
}
