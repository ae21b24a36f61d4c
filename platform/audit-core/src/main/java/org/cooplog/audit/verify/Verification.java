package org.cooplog.audit.verify;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** As plain JSON values: the one machine-readable form of the tool and the API. */
    public Map<String, Object> toPlain() {
        Map<String, Object> plain = new LinkedHashMap<>();
        plain.put("ok", ok());
        plain.put("records", records);
        plain.put("partitions", partitions);
        plain.put("checkpointsChecked", checkpointsChecked);
        plain.put("seconds", elapsed.toMillis() / 1000.0);
        plain.put("recordsPerSecond", Math.round(recordsPerSecond()));
        plain.put("findings", findings.stream().map(Finding::toPlain).toList());
        return plain;
    }
}
