package org.cooplog.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cooplog.kafka.broker.KafkaCluster;
import org.cooplog.kafka.broker.StandaloneKafka;
import org.cooplog.kafka.broker.TopicProvisioner;

/**
 * The freshness and projector-heap benchmark, against the real services: starts a broker, writes a log of N events,
 * starts every service in standalone mode on that broker (the projector with {@code -Xmx512m}, replaying the log),
 * waits until the projector has read the whole log, measures its heap after a full GC, then plans activities at the
 * bilateral publisher one after another and times each from the 201 to the projector serving it.
 *
 * <pre>java -jar cooplog-benchmarks.jar freshness [COUNT] [ROUNDS] [EVENTS]</pre>
 *
 * <p>Needs the standalone jar and the services' jars built ({@code ./mvnw -q install -DskipTests}); the services listen
 * on the usual ports moved by an offset from 20,000 up, whichever range is free. {@code COOPLOG_STANDALONE_JAR} names
 * another standalone jar.
 */
final class FreshnessRun {

    private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final int WARM_UP = 20;

    private FreshnessRun() {}

    static void main(List<String> args) throws Exception {
        int count = args.size() > 0 ? Integer.parseInt(args.get(0)) : 200;
        int rounds = args.size() > 1 ? Integer.parseInt(args.get(1)) : 3;
        long events = args.size() > 2 ? Long.parseLong(args.get(2).replace("_", "")) : 1_000_000;
        Path jar = Path.of(System.getenv()
                .getOrDefault("COOPLOG_STANDALONE_JAR", "platform/standalone/target/cooplog-standalone.jar"));
        Path dir = Files.createTempDirectory("cooplog-freshness-");
        KafkaCluster cluster =
                StandaloneKafka.builder().dataDir(dir.resolve("kafka")).build().start();
        try {
            String bootstrap = cluster.bootstrapServers();
            TopicProvisioner.ensureTopics(bootstrap);
            Machine.describe(false);
            LogGenerator generator = new LogGenerator();
            long written = generator.write(bootstrap, events);
            List<String> markers = generator.markEveryPartition(bootstrap);
            System.out.printf("Wrote %,d events to the five track topics%n", written + markers.size());
            Instant launched = Instant.now();
            int offset = StandaloneServices.freePortOffset();
            try (StandaloneServices services =
                    StandaloneServices.start(jar.toAbsolutePath(), bootstrap, dir.resolve("home"), offset)) {
                String token = token(services.awaitRunning(Duration.ofMinutes(10)), 9000 + offset);
                Freshness freshness = new Freshness(
                        "http://localhost:" + (8084 + offset), "http://localhost:" + (8090 + offset), token);
                for (String marker : markers) {
                    freshness.awaitVisible(marker, Duration.ofMinutes(10));
                }
                System.out.printf(
                        "The projector had read all %,d events %d s after the launch%n",
                        written + markers.size(),
                        Duration.between(launched, Instant.now()).toSeconds());
                long heap = Jcmd.usedHeapAfterGcMb(services.pidOf("report-projector"));
                freshness.measure(WARM_UP);
                Series p50 = new Series();
                Series p99 = new Series();
                Series max = new Series();
                for (int round = 1; round <= rounds; round++) {
                    List<Double> millis = freshness.measure(count);
                    p50.add(Freshness.percentile(millis, 50));
                    p99.add(Freshness.percentile(millis, 99));
                    max.add(millis.get(millis.size() - 1));
                    System.out.printf(
                            "Round %d: %d activities, p50 %.0f ms, p99 %.0f ms, max %.0f ms%n",
                            round, count, p50.last(), p99.last(), max.last());
                }
                System.out.println();
                System.out.println("| measure | result, median (min–max) of the rounds | rounds | target | met |");
                System.out.println("| --- | --- | --- | --- | --- |");
                System.out.printf(
                        "| projector heap used after GC, -Xmx512m, read model of the %,d-event log | %,d MB | 1 | ≤ 512 MB | %s |%n",
                        written + markers.size(), heap, heap <= 512 ? "yes" : "**no**");
                System.out.printf(
                        "| freshness p50, 201 at the publisher to visible in the projector | %s ms | %d × %d | — | — |%n",
                        p50.describe("%.0f"), rounds, count);
                System.out.printf(
                        "| freshness p99 | %s ms | %d × %d | ≤ 250 ms | %s |%n",
                        p99.describe("%.0f"), rounds, count, p99.median() <= 250 ? "yes" : "**no**");
                System.out.printf("| freshness max | %s ms | %d × %d | — | — |%n", max.describe("%.0f"), rounds, count);
            }
        } finally {
            cluster.stop();
        }
    }

    /** A token for the {@code cooplog-cli} client, which holds every desk's role. */
    private static String token(String secret, int identityPort) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString(("cooplog-cli:" + secret).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + identityPort + "/oauth2/token"))
                                .header("Authorization", "Basic " + basic)
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        Matcher token = TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("no token: " + response.statusCode() + " " + response.body());
        }
        return token.group(1);
    }
}
