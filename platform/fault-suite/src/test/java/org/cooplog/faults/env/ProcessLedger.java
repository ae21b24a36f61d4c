package org.cooplog.faults.env;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every service process the suite starts, so none outlives it: each is killed when the test JVM exits, and one left
 * behind by a JVM that was itself killed is found in the ledger file and killed when the next run starts. A pid is
 * killed only if its start time still matches, never a stranger's process that reused the number.
 */
final class ProcessLedger {

    private static final Set<ProcessHandle> LIVE = ConcurrentHashMap.newKeySet();

    static {
        sweepLeftovers();
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> LIVE.forEach(ProcessHandle::destroyForcibly), "faults-cleanup"));
    }

    private ProcessLedger() {}

    static void started(Process process) {
        ProcessHandle handle = process.toHandle();
        LIVE.add(handle);
        String line = handle.pid() + " "
                + handle.info().startInstant().map(Instant::toString).orElse("-") + "\n";
        try {
            Files.createDirectories(file().getParent());
            Files.writeString(file(), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void ended(Process process) {
        LIVE.remove(process.toHandle());
    }

    private static Path file() {
        return Workspace.work().resolve("processes.txt");
    }

    private static void sweepLeftovers() {
        if (!Files.exists(file())) {
            return;
        }
        try {
            for (String line : Files.readAllLines(file())) {
                String[] parts = line.split(" ");
                Optional<ProcessHandle> handle = ProcessHandle.of(Long.parseLong(parts[0]));
                if (handle.isPresent()
                        && handle.get()
                                .info()
                                .startInstant()
                                .map(Instant::toString)
                                .orElse("-")
                                .equals(parts[1])) {
                    handle.get().destroyForcibly();
                }
            }
            Files.delete(file());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
