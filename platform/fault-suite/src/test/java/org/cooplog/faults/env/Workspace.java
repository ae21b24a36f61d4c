package org.cooplog.faults.env;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Where the suite finds the service jars and keeps each scenario's broker data and service logs. The build passes
 * both locations; run from an IDE, the defaults assume the module directory as working directory.
 */
public final class Workspace {

    private static final String VERSION = "0.1.0-SNAPSHOT";

    private Workspace() {}

    /** The repository's root directory. */
    public static Path root() {
        return Path.of(System.getProperty("cooplog.root", "../.."))
                .toAbsolutePath()
                .normalize();
    }

    /** A fresh, empty directory for one scenario; what a previous run left there is deleted first. */
    public static Path scenarioDirectory(String scenario) {
        Path dir = work().resolve(scenario);
        deleteRecursively(dir);
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path work() {
        return Path.of(System.getProperty("cooplog.faults.work", "target/faults"))
                .toAbsolutePath()
                .normalize();
    }

    /** The repackaged jar of a service module, which the reactor builds before this module. */
    static Path serviceJar(String module) {
        Path jar =
                root().resolve("services").resolve(module).resolve("target").resolve(module + "-" + VERSION + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No jar of " + module + " at " + jar
                    + ": run the suite as ./mvnw -Pfaults verify -pl platform/fault-suite -am, which builds it");
        }
        return jar;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not clear " + dir + " (a tmpfs still mounted there?)", e);
        }
    }
}
