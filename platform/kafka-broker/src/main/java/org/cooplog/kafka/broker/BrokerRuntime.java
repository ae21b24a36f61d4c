package org.cooplog.kafka.broker;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The Kafka distribution a child JVM runs: the jars listed in {@code broker-classpath.txt}, which the build writes
 * from this module's optional dependencies, so Kafka's Scala, Jackson 2 and log4j never share a classpath with the
 * JVM that starts it.
 */
final class BrokerRuntime {

    static final String CLASSPATH_RESOURCE = "broker-classpath.txt";
    static final String LOG_CONFIG_RESOURCE = "broker-log4j2.xml";
    static final String LAUNCHER_CLASS = "org.cooplog.kafka.broker.BrokerProcessMain";

    private final List<String> jars;

    private BrokerRuntime(List<String> jars) {
        this.jars = List.copyOf(jars);
    }

    /** The runtime this build of the module was made with; fails with a remedy when its jars are gone. */
    static BrokerRuntime load() {
        List<String> jars = readClasspath();
        List<String> missing =
                jars.stream().filter(jar -> !Files.exists(Path.of(jar))).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException(("The Kafka broker's jars are not in the local Maven repository (%d"
                            + " missing, first %s); build platform/kafka-broker with ./mvnw to fetch them")
                    .formatted(missing.size(), missing.get(0)));
        }
        return new BrokerRuntime(jars);
    }

    String classpath() {
        return String.join(File.pathSeparator, jars);
    }

    /** {@code java} with the broker's classpath in front of {@code extraClasspath}. */
    List<String> javaCommand(List<String> jvmOptions, Path extraClasspath, String mainClass, List<String> args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(extraClasspath == null ? classpath() : extraClasspath + File.pathSeparator + classpath());
        command.add(mainClass);
        command.addAll(args);
        return command;
    }

    /**
     * Copies the launcher class and the broker's log configuration out of this module into {@code directory}, so the
     * child finds them whether this module runs from a folder, a jar or a repackaged application.
     */
    static Path installLauncher(Path directory) {
        String launcherPath = LAUNCHER_CLASS.replace('.', '/') + ".class";
        copyResource("/" + launcherPath, directory.resolve(launcherPath));
        copyResource(LOG_CONFIG_RESOURCE, directory.resolve(LOG_CONFIG_RESOURCE));
        return directory;
    }

    private static void copyResource(String resource, Path target) {
        try (InputStream in = BrokerRuntime.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Resource " + resource + " is missing from the kafka-broker module");
            }
            Files.createDirectories(target.getParent());
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> readClasspath() {
        try (InputStream in = BrokerRuntime.class.getResourceAsStream(CLASSPATH_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CLASSPATH_RESOURCE + " is missing: the kafka-broker module was not"
                        + " built with Maven (it is written in the process-classes phase)");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return Arrays.stream(text.split(File.pathSeparator))
                    .filter(entry -> !entry.isBlank())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
