package org.cooplog.audit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalProgressTests {

    @Test
    void showsRecordsRateAndTimeLeft() {
        assertThat(TerminalProgress.line(250_000, 1_000_000, 5.0))
                .isEqualTo("read 250,000 of ~1,000,000 records · 50,000/s · ETA 0:15   ");
        assertThat(TerminalProgress.line(1_000, 10_000_000, 1.0)).contains("ETA 2:46:39");
    }

    @Test
    void drawsNothingWithoutATerminal() {
        StringWriter err = new StringWriter();
        try (TerminalProgress progress = new TerminalProgress(new PrintWriter(err), false)) {
            progress.read(10, 100);
        }

        assertThat(err.toString()).isEmpty();
    }

    @Test
    void drawsOnOneLineAndEndsItWhenDone() {
        StringWriter err = new StringWriter();
        try (TerminalProgress progress = new TerminalProgress(new PrintWriter(err), true)) {
            progress.read(10, 100);
        }

        assertThat(err.toString()).startsWith("\rread 10 of ~100 records").endsWith(System.lineSeparator());
    }
}
