package org.cooplog.audit.verify;

import java.time.Duration;
import java.util.List;

/**
 * What verifying the log found.
 *
 * @param records records read, on every topic verified
 * @param partitions partitions read
 * @param checkpointsChecked checkpoints compared with the records they vouch for
 * @param elapsed how long reading and checking took
 */
public record Verification(
        long records, int partitions, int checkpointsChecked, List<Finding> findings, Duration elapsed) {

    public Verification {
        findings = findings.stream().sorted().toList();
    }

    /** Nothing found: every record decodes, every chain holds, every checkpoint matches. */
    public boolean ok() {
        return findings.isEmpty();
    }

    /** Records read and checked per second, the figure benchmarks report. */
    public double recordsPerSecond() {
        double seconds = elapsed.toNanos() / 1e9;
        return seconds == 0 ? 0 : records / seconds;
    }
}
