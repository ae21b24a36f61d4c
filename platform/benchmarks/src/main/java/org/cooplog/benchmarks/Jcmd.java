package org.cooplog.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The heap another JVM uses after a full collection, asked with the JDK's {@code jcmd}. */
final class Jcmd {

    private static final Pattern USED = Pattern.compile("total (\\d+)K, used (\\d+)K");

    private Jcmd() {}

    /** Megabytes of heap in use right after {@code GC.run}. */
    static long usedHeapAfterGcMb(long pid) {
        run(pid, "GC.run");
        String info = run(pid, "GC.heap_info");
        Matcher matcher = USED.matcher(info);
        if (!matcher.find()) {
            throw new IllegalStateException("no heap figures in jcmd's answer:\n" + info);
        }
        return Long.parseLong(matcher.group(2)) / 1024;
    }

    private static String run(long pid, String command) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        try {
            Process process = new ProcessBuilder(List.of(jcmd.toString(), Long.toString(pid), command))
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("jcmd " + command + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
