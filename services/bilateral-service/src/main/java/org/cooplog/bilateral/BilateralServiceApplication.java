package org.cooplog.bilateral;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The bilateral desk's publisher: every bilateral cooperation activity enters the log through it. */
@SpringBootApplication
public class BilateralServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(BilateralServiceApplication.class, args);
    }
}
