package org.cooplog.kafka.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.testcontainers.DockerClientFactory;

/**
 * Whether Testcontainers can reach a Docker engine. Testcontainers is asked only when some sign of an engine is
 * present, because on a machine without one its discovery is slow and logs every strategy it tried.
 */
final class DockerProbe {

    private DockerProbe() {}

    static boolean dockerAvailable() {
        return mayHaveDocker() && DockerClientFactory.instance().isDockerAvailable();
    }

    /** Windows talks to Docker through named pipes, which cannot be checked this cheaply. */
    static boolean mayHaveDocker() {
        if (System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows")) {
            return true;
        }
        if (System.getenv("DOCKER_HOST") != null) {
            return true;
        }
        return candidates().stream().anyMatch(Files::exists);
    }

    /** Where Docker, Docker Desktop, rootless Docker, Colima, Rancher Desktop and Testcontainers' own config live. */
    private static List<Path> candidates() {
        Path home = Path.of(System.getProperty("user.home"));
        List<Path> candidates = new ArrayList<>(List.of(
                Path.of("/var/run/docker.sock"),
                home.resolve(".testcontainers.properties"),
                home.resolve(".docker/run/docker.sock"),
                home.resolve(".docker/desktop/docker.sock"),
                home.resolve(".colima/default/docker.sock"),
                home.resolve(".rd/docker.sock")));
        String runtimeDir = System.getenv("XDG_RUNTIME_DIR");
        if (runtimeDir != null) {
            candidates.add(Path.of(runtimeDir, "docker.sock"));
            candidates.add(Path.of(runtimeDir, "podman/podman.sock"));
        }
        return candidates;
    }
}
