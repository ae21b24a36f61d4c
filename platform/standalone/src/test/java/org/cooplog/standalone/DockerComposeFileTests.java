package org.cooplog.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml as users will run it, checked without a Docker engine: Debian's {@code docker-compose} (installed
 * by the build before the tests) accepts it, and its resolved form, anchors merged, keeps the promises of the
 * deployment: every long-running service restarts by itself and says when it is healthy, every image built from the
 * repository runs as a user other than root from a context that exists, and every pulled image names its version.
 */
class DockerComposeFileTests {

    /** The steps that run once and exit; every other service runs until stopped. */
    private static final Set<String> ONE_SHOT = Set.of("kafka-setup", "seeds");

    private static Path root;
    private static Map<String, Map<String, Object>> services;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void resolve() throws Exception {
        Properties build = new Properties();
        try (InputStream in = Standalone.class.getResourceAsStream("/standalone.properties")) {
            build.load(in);
        }
        root = Path.of(build.getProperty("services.dir")).getParent().toRealPath();
        Compose resolved = compose("config");
        assertThat(resolved.exit()).as(resolved.err()).isZero();
        Map<String, Object> file = new Yaml().load(resolved.out());
        services = (Map<String, Map<String, Object>>) file.get("services");
    }

    @Test
    void dockerComposeAcceptsTheFile() throws Exception {
        Compose quiet = compose("config", "-q");

        assertThat(quiet.exit()).as(quiet.err()).isZero();
        assertThat(services).containsKeys("kafka-1", "kafka-2", "kafka-3", "kafka-setup", "identity", "seeds");
    }

    @Test
    void everyLongRunningServiceRestartsByItselfAndHasAHealthCheck() {
        services.forEach((name, service) -> {
            if (ONE_SHOT.contains(name)) {
                assertThat(service.get("restart")).as(name).isEqualTo("no");
            } else {
                assertThat(service.get("restart")).as(name).isIn("unless-stopped", "always");
                assertThat(service.get("healthcheck")).as(name).isInstanceOf(Map.class);
                assertThat(((Map<?, ?>) service.get("healthcheck")).get("test"))
                        .as(name + "'s health check")
                        .isInstanceOf(List.class)
                        .asList()
                        .isNotEmpty();
            }
        });
    }

    /** /dev/tcp is a feature of bash: a CMD-SHELL check runs /bin/sh, which on Debian is dash and has no such path. */
    @Test
    void everyHealthCheckThatOpensADevTcpSocketRunsInBash() {
        services.forEach((name, service) -> {
            if (service.get("healthcheck") instanceof Map<?, ?> check && check.get("test") instanceof List<?> test) {
                if (String.join(" ", test.stream().map(String::valueOf).toList())
                        .contains("/dev/tcp/")) {
                    assertThat(test.subList(0, 2).stream().map(String::valueOf).toList())
                            .as(name + "'s health check")
                            .containsExactly("CMD", "bash");
                }
            }
        });
    }

    @Test
    void everyServiceBuiltHereHasItsContextAndDockerfileAndRunsAsAnotherUserThanRoot() throws IOException {
        List<String> built = new ArrayList<>();
        for (Map.Entry<String, Map<String, Object>> entry : services.entrySet()) {
            if (!(entry.getValue().get("build") instanceof Map<?, ?> buildSection)) {
                continue;
            }
            String name = entry.getKey();
            Path context = root.resolve(String.valueOf(buildSection.get("context")));
            Object dockerfileName = buildSection.get("dockerfile");
            Path dockerfile = context.resolve(dockerfileName == null ? "Dockerfile" : dockerfileName.toString());
            assertThat(context).as(name + "'s build context").isDirectory();
            assertThat(dockerfile).as(name + "'s Dockerfile").isRegularFile();

            List<String> instructions = Files.readAllLines(dockerfile, StandardCharsets.UTF_8).stream()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
            String user = instructions.stream()
                    .filter(line -> line.toUpperCase().startsWith("USER "))
                    .reduce((first, last) -> last)
                    .map(line -> line.substring(5).strip())
                    .orElse("root");
            assertThat(user).as(name + " runs as").isNotIn("root", "0", "0:0", "root:root");

            for (String line : instructions) {
                if (line.toUpperCase().startsWith("COPY ") && !line.contains("--from")) {
                    String[] words = line.substring(5).strip().split("\\s+");
                    for (int i = 0; i < words.length - 1; i++) {
                        if (!words[i].startsWith("--")) {
                            assertSourceExists(name, context, words[i]);
                        }
                    }
                }
            }
            built.add(name);
        }
        assertThat(built)
                .containsAll(List.of(
                        "kafka-setup",
                        "seeds",
                        "identity",
                        "uncac-service",
                        "aseanpac-service",
                        "apec-service",
                        "bilateral-service",
                        "ogp-service",
                        "report-projector"));
    }

    @Test
    void everyPulledImageNamesItsVersion() {
        services.forEach((name, service) -> {
            if (service.get("build") == null) {
                assertThat(String.valueOf(service.get("image")))
                        .as(name + "'s image")
                        .matches("[\\w./-]+:\\d[\\w.-]*");
            }
        });
    }

    /**
     * A source under {@code target/} is made by the build of the module it lies in (the launcher's jar only after this
     * test), so for it the module must exist; any other source must be in the context already.
     */
    private static void assertSourceExists(String service, Path context, String source) throws IOException {
        int target = source.indexOf("target/");
        if (target >= 0) {
            assertThat(context.resolve(source.substring(0, target)).resolve("pom.xml"))
                    .as(service + " copies " + source + ", made by the build of")
                    .isRegularFile();
            return;
        }
        assertThat(context.resolve(source)).as(service + " copies " + source).exists();
    }

    private record Compose(int exit, String out, String err) {}

    private static Compose compose(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("docker-compose", "--project-directory", root.toString(), "-f"));
        command.add(root.resolve("docker-compose.yml").toString());
        command.addAll(List.of(arguments));
        Path err = Files.createTempFile("docker-compose", ".err");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(root.toFile())
                    .redirectError(err.toFile())
                    .start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
            return new Compose(process.exitValue(), out, Files.readString(err));
        } finally {
            Files.deleteIfExists(err);
        }
    }
}
