package org.cooplog.faults.env;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A small tmpfs mounted as a broker's data directory, so the suite can run that broker out of space and give the
 * space back. Needs root (or CAP_SYS_ADMIN) and the {@code mount} command; without them the scenario fails and says
 * so, rather than pretending a full disk.
 */
public final class Tmpfs implements AutoCloseable {

    private static final String FILLER = "filler.bin";

    private final Path directory;

    private Tmpfs(Path directory) {
        this.directory = directory;
    }

    static Tmpfs mount(Path directory, int megabytes) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        run(
                "A full disk is simulated with a tmpfs mounted as the broker's data directory: the suite must run as"
                        + " root (or with CAP_SYS_ADMIN) on a system with the mount command.",
                "mount",
                "-t",
                "tmpfs",
                "-o",
                "size=" + megabytes + "m",
                "tmpfs",
                directory.toString());
        return new Tmpfs(directory);
    }

    public Path directory() {
        return directory;
    }

    /** Writes a file until the file system refuses more; returns the bytes written. */
    public long fill() {
        long written = 0;
        byte[] chunk = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(directory.resolve(FILLER))) {
            while (true) {
                out.write(chunk);
                written += chunk.length;
            }
        } catch (IOException full) {
            if (!String.valueOf(full.getMessage()).contains("No space left")) {
                throw new UncheckedIOException("filling " + directory + " failed otherwise than by a full disk", full);
            }
            return written;
        }
    }

    /** Gives the space back: the space the filler took, and as much again, so the broker has room to recover. */
    public void free(int megabytes) {
        try {
            Files.deleteIfExists(directory.resolve(FILLER));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        run("could not grow the tmpfs", "mount", "-o", "remount,size=" + megabytes + "m", directory.toString());
    }

    /** How much of the file system is free, in bytes. */
    public long usableSpace() {
        try {
            return Files.getFileStore(directory).getUsableSpace();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        run("could not unmount " + directory, "umount", directory.toString());
    }

    private static void run(String remedy, String... command) {
        try {
            Process process = new ProcessBuilder(List.of(command))
                    .redirectErrorStream(true)
                    .start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(
                        String.join(" ", command) + " failed: " + output.strip() + ". " + remedy);
            }
        } catch (IOException e) {
            throw new IllegalStateException(
                    String.join(" ", command) + " could not run (" + e.getMessage() + "). " + remedy, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
