package org.cooplog.audit.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.cooplog.audit.log.ReadProgress;

/**
 * Records read, rate and time left, redrawn on one line of the terminal at most four times a second. Draws nothing
 * unless there is a terminal, so piped or redirected output stays clean.
 */
final class TerminalProgress implements ReadProgress, AutoCloseable {

    private static final long REDRAW_NANOS = 250_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private long drawn = started - REDRAW_NANOS;
    private boolean shown;

    TerminalProgress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    @Override
    public void read(long records, long expected) {
        long now = System.nanoTime();
        if (!enabled || now - drawn < REDRAW_NANOS) {
            return;
        }
        drawn = now;
        shown = true;
        err.print("\r" + line(records, expected, (now - started) / 1e9));
        err.flush();
    }

    /** Ends the progress line, so what follows starts on a line of its own. */
    @Override
    public void close() {
        if (shown) {
            err.println();
            shown = false;
        }
    }

    static String line(long records, long expected, double seconds) {
        double rate = seconds > 0 ? records / seconds : 0;
        String eta = rate > 0 && expected > records ? clock((expected - records) / rate) : "0:00";
        return String.format(
                Locale.ROOT, "read %,d of ~%,d records · %,.0f/s · ETA %s   ", records, expected, rate, eta);
    }

    private static String clock(double seconds) {
        long total = Math.round(seconds);
        return total >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", total / 3600, total / 60 % 60, total % 60)
                : String.format(Locale.ROOT, "%d:%02d", total / 60, total % 60);
    }
}
