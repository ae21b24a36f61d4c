package org.cooplog.ogp;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The OGP desk's publisher: the road towards the Open Government Partnership, its summits, workshops and eligibility
 * assessments, enters the log through it.
 */
@SpringBootApplication
public class OgpServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(OgpServiceApplication.class, args);
    }
}
