package org.cooplog.kafka.broker;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The end of a log file, to put in front of whoever has to find out why a broker did not start. */
final class LogTail {

    private static final int MAX_BYTES = 32 * 1024;

    private LogTail() {}

    static String of(Path file, int lines) {
        if (!Files.exists(file)) {
            return "\n--- " + file + ": (none)\n";
        }
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(0, in.length() - MAX_BYTES);
            byte[] bytes = new byte[(int) (in.length() - start)];
            in.seek(start);
            in.readFully(bytes);
            List<String> all = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\n"));
            List<String> last = all.subList(Math.max(0, all.size() - lines), all.size());
            return "\n--- last lines of " + file + ":\n" + String.join("\n", last) + "\n";
        } catch (IOException e) {
            return "\n--- " + file + ": unreadable (" + e.getMessage() + ")\n";
        }
    }
}
