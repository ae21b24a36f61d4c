package org.cooplog.projector;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Folds the log of every track into a read model, and from it the reports owed to ministries. */
@SpringBootApplication
public class ReportProjectorApplication {

    public static void main(String[] args) {
        SpringApplication.run(ReportProjectorApplication.class, args);
    }
}
