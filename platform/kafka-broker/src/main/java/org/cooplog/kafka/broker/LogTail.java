package org.cooplog.kafka.broker;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What to show whoever has to find out why a broker did not start: the first errors it logged, since the shutdown
 * that follows a fatal error buries them, and then the last lines of the log.
 */
final class LogTail {

    private static final int MAX_BYTES = 256 * 1024;
    private static final int MAX_ERRORS = 3;
    private static final int STACK_LINES = 4;

    private LogTail() {}

    static String of(Path file, int lastLines) {
        if (!Files.exists(file)) {
            return "\n--- " + file + ": (none)\n";
        }
        List<String> lines;
        try {
            lines = readEnd(file);
        } catch (IOException e) {
            return "\n--- " + file + ": unreadable (" + e.getMessage() + ")\n";
        }
        StringBuilder text = new StringBuilder();
        List<String> errors = firstErrors(lines);
        if (!errors.isEmpty()) {
            text.append("\n--- first errors in ").append(file).append(":\n").append(String.join("\n", errors));
        }
        List<String> last = lines.subList(Math.max(0, lines.size() - lastLines), lines.size());
        return text.append("\n--- last lines of ")
                .append(file)
                .append(":\n")
                .append(String.join("\n", last))
                .append("\n")
                .toString();
    }

    /** ERROR and FATAL entries with the first lines of their stack traces, which name the cause. */
    static List<String> firstErrors(List<String> lines) {
        List<String> errors = new ArrayList<>();
        int found = 0;
        for (int i = 0; i < lines.size() && found < MAX_ERRORS; i++) {
            String line = lines.get(i);
            if (line.contains("] ERROR ") || line.contains("] FATAL ")) {
                found++;
                errors.add(line);
                for (int j = i + 1;
                        j < lines.size()
                                && j <= i + STACK_LINES
                                && !lines.get(j).startsWith("[");
                        j++) {
                    errors.add(lines.get(j));
                }
            }
        }
        return errors;
    }

    private static List<String> readEnd(Path file) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long start = Math.max(0, in.length() - MAX_BYTES);
            byte[] bytes = new byte[(int) (in.length() - start)];
            in.seek(start);
            in.readFully(bytes);
            return Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\n"));
        }
    }
}
