package org.cooplog.benchmarks;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.cooplog.events.Topics;
import org.cooplog.events.report.CutOffRule;
import org.cooplog.events.report.PeriodKind;
import org.cooplog.kafka.broker.KafkaCluster;
import org.cooplog.kafka.broker.StandaloneKafka;
import org.cooplog.kafka.broker.TopicProvisioner;
import org.cooplog.model.ReadModel;
import org.cooplog.model.ReadModelBuilder;
import org.cooplog.model.replay.LogReplay;
import org.cooplog.reporting.content.Issuer;
import org.cooplog.reporting.content.Localized;
import org.cooplog.reporting.content.ReportContentBuilder;
import org.cooplog.reporting.content.ReportSpec;
import org.cooplog.reporting.period.ReportPeriod;
import org.cooplog.reporting.period.ReportingCalendar;
import org.cooplog.reporting.render.ReportRenditions;

/**
 * The replay and report benchmarks: writes a log of N events to the bilateral topic, then, in alternating rounds,
 * reads it with Kafka's ConsumerPerformance and replays it into the read model, and makes a quarterly report from
 * the model in every format. Run in a JVM with the projector's heap ({@code -Xmx512m}); prints a Markdown table.
 *
 * <pre>java -Xmx512m -jar platform/benchmarks/target/cooplog-benchmarks.jar [EVENTS] [ROUNDS]</pre>
 *
 * <p>With {@code publishing [ACTIVITIES] [ROUNDS] [RATE] [SECONDS]} it measures the publishers instead: bulk import
 * and single requests at a fixed rate; see {@link org.cooplog.benchmarks.publishing.PublishingBenchmark}.
 *
 * <p>With {@code freshness PUBLISHER_URL PROJECTOR_URL [COUNT]} it measures instead how soon an activity planned at a
 * running publisher is visible in a running projector; see {@link Freshness}.
 */
public final class Benchmarks {

    private Benchmarks() {}

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("publishing")) {
            org.cooplog.benchmarks.publishing.PublishingBenchmark.main(
                    java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length > 0 && args[0].equals("freshness")) {
            int count = args.length > 3 ? Integer.parseInt(args[3]) : 300;
            List<Double> millis = new Freshness().measure(args[1], args[2], count);
            System.out.printf(
                    "| freshness, 201 at the publisher to visible in the projector, %d activities | p50 %.0f ms, p99 %.0f ms, max %.0f ms | p99 ≤ 250 ms |%n",
                    count,
                    Freshness.percentile(millis, 50),
                    Freshness.percentile(millis, 99),
                    millis.get(millis.size() - 1));
            return;
        }
        long events = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String external = System.getenv("KAFKA_BOOTSTRAP_SERVERS");
        Path dir = Files.createTempDirectory("cooplog-benchmark-");
        KafkaCluster cluster = null;
        String bootstrap = external;
        if (external == null || external.isBlank()) {
            cluster = StandaloneKafka.builder().dataDir(dir).build().start();
            bootstrap = cluster.bootstrapServers();
        }
        try {
            TopicProvisioner.ensureTopics(bootstrap);
            run(bootstrap, events, rounds);
        } finally {
            if (cluster != null) {
                cluster.stop();
            }
        }
    }

    private static void run(String bootstrap, long events, int rounds) {
        Instant start = Instant.now();
        long written = new LogGenerator().write(bootstrap, events);
        System.out.printf("Wrote %,d events in %s%n", written, Duration.between(start, Instant.now()));
        List<Double> raw = new ArrayList<>();
        List<Double> replay = new ArrayList<>();
        ReadModel model = null;
        for (int round = 1; round <= rounds; round++) {
            raw.add(RawConsumerBaseline.messagesPerSecond(bootstrap, Topics.BILATERAL.name(), written));
            model = null;
            long begin = System.nanoTime();
            model = replay(bootstrap);
            double seconds = (System.nanoTime() - begin) / 1e9;
            replay.add(written / seconds);
            System.out.printf(
                    "Round %d: ConsumerPerformance %,.0f events/s, replay into the read model %,.0f events/s (%,d activities)%n",
                    round, raw.get(raw.size() - 1), replay.get(replay.size() - 1), model.size());
        }
        long heap = usedHeapAfterGc();
        ReportPeriod period = ReportingCalendar.period(PeriodKind.QUARTER, 2021, 1, CutOffRule.DECREE_09_2019);
        List<Long> reportMillis = new ArrayList<>();
        int pages = 0;
        for (int round = 0; round < rounds; round++) {
            long begin = System.nanoTime();
            var content = ReportContentBuilder.build(model, spec(period));
            var renditions = new ReportRenditions().renderAll(content, Instant.parse("2021-03-20T03:00:00Z"));
            reportMillis.add((System.nanoTime() - begin) / 1_000_000);
            pages = content.activities().size();
            renditions.forEach(r -> System.out.printf("  %s %,d bytes%n", r.format(), r.size()));
        }
        double rawMedian = median(raw);
        double replayMedian = median(replay);
        System.out.println();
        System.out.println("| measure | result | target |");
        System.out.println("| --- | --- | --- |");
        System.out.printf(
                "| raw ConsumerPerformance, %,d events, same topic | %,.0f events/s (median of %d) | — |%n",
                written, rawMedian, rounds);
        System.out.printf("| replay into the read model | %,.0f events/s | — |%n", replayMedian);
        System.out.printf("| replay ÷ raw | %.2f | ≥ 0.7 |%n", replayMedian / rawMedian);
        System.out.printf(
                "| quarterly report, all five formats, %,d activities in the quarter | %d ms (median of %d) | ≤ 2,000 ms |%n",
                pages,
                median(reportMillis.stream().map(Long::doubleValue).toList()).longValue(),
                rounds);
        System.out.printf(
                "| heap used after the replay, %,d activities | %,d MB (JVM max %,d MB) | ≤ 512 MB |%n",
                model.size(), heap / (1024 * 1024), Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    static ReadModel replay(String bootstrap) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        ReadModelBuilder builder = new ReadModelBuilder();
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            Map<TopicPartition, Long> ends =
                    LogReplay.endOffsets(consumer, List.of(Topics.BILATERAL.name()), Duration.ofSeconds(30));
            LogReplay.replay(consumer, ends, builder);
        }
        return builder.snapshot();
    }

    private static ReportSpec spec(ReportPeriod period) {
        Issuer issuer = new Issuer(
                new Localized("Thanh tra Chính phủ", "Government Inspectorate"),
                new Localized("Vụ Hợp tác quốc tế", "International Cooperation Department"),
                "HTQT",
                new Localized("Hà Nội", "Ha Noi"),
                null,
                new Localized("VỤ TRƯỞNG", "DIRECTOR GENERAL"),
                "Nguyễn Tuấn Anh",
                List.of(new Localized("Lưu: VT, HTQT.", "Archive")));
        return new ReportSpec(
                issuer,
                new Localized("Bộ Ngoại giao", "Ministry of Foreign Affairs"),
                period,
                "vi",
                "mofa-" + period.key(),
                1,
                Instant.parse("2021-03-20T03:00:00Z"),
                null,
                List.of(),
                ReportRenditions.TEMPLATE_VERSION);
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static Double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
