package org.cooplog.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** What the figures were measured on: they mean little without it. */
final class Machine {

    private Machine() {}

    /** @param projectorsJvm whether this JVM stands for the projector, whose heap and reports it measures */
    static void describe(boolean projectorsJvm) {
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(
                "Machine: %d processors, %s %s (%s), max heap %,d MB, load average %.2f%s%n",
                runtime.availableProcessors(),
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"),
                System.getProperty("os.arch"),
                runtime.maxMemory() / (1024 * 1024),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                cpu());
        java.util.List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
        System.out.println("JVM options: " + String.join(" ", options));
        if (projectorsJvm && !options.contains("-XX:+UseStringDeduplication")) {
            System.out.println(
                    "Note: the projector runs with -XX:+UseG1GC -XX:+UseStringDeduplication (standalone's"
                            + " ServiceProcess, its Dockerfile); without them the heap and report figures are not the projector's.");
        }
    }

    private static String cpu() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("model name"))
                    .findFirst()
                    .map(line -> ", " + line.substring(line.indexOf(':') + 1).strip())
                    .orElse("");
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
