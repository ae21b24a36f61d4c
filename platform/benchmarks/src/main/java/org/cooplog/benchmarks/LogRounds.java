package org.cooplog.benchmarks;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.cooplog.audit.LogAudit;
import org.cooplog.audit.log.LogConsumers;
import org.cooplog.audit.log.ReadProgress;
import org.cooplog.audit.verify.Verification;
import org.cooplog.events.Topics;
import org.cooplog.events.report.ReportFormat;
import org.cooplog.model.ReadModel;
import org.cooplog.model.ReadModelBuilder;
import org.cooplog.model.replay.LogReplay;
import org.cooplog.reporting.content.ReportContent;
import org.cooplog.reporting.content.ReportContentBuilder;
import org.cooplog.reporting.render.Rendition;
import org.cooplog.reporting.render.ReportRenditions;

/**
 * The rounds of one run over one log. In each round ConsumerPerformance reads the five track topics and the
 * product's readers read the same records, alternately first and second, so neither always gets the warmer cache.
 */
final class LogRounds {

    private static final List<ReportFormat> FORMATS =
            List.of(ReportFormat.DOCX, ReportFormat.PDF, ReportFormat.HTML, ReportFormat.JSON, ReportFormat.CSV);

    private final String bootstrap;
    private final long events;
    private final int rounds;
    private final boolean withReplay;
    private final boolean withVerify;
    private final boolean withReport;
    private final Series raw = new Series();
    private final Series replays = new Series();
    private final Series verifies = new Series();
    private final Series replayGcSeconds = new Series();
    private ReadModel model;

    LogRounds(String bootstrap, long events, int rounds, String measure) {
        this.bootstrap = bootstrap;
        this.events = events;
        this.rounds = rounds;
        this.withReplay = !measure.equals("verify");
        this.withVerify = measure.equals("all") || measure.equals("verify");
        this.withReport = measure.equals("all") || measure.equals("report");
    }

    void run() {
        for (int round = 1; round <= rounds; round++) {
            if (round % 2 == 0) {
                ours();
            }
            raw.add(RawConsumerBaseline.messagesPerSecond(bootstrap, LogGenerator.TOPICS, events));
            if (round % 2 == 1) {
                ours();
            }
            System.out.printf(
                    "Round %d: ConsumerPerformance %,.0f events/s%s%s%n",
                    round,
                    raw.last(),
                    withReplay
                            ? String.format(
                                    ", replay %,.0f events/s (%.1f s of it in GC)",
                                    replays.last(), replayGcSeconds.last())
                            : "",
                    withVerify ? String.format(", verify %,.0f events/s", verifies.last()) : "");
        }
        System.out.println();
        System.out.println("| measure | Kafka ConsumerPerformance | ours | ours ÷ Kafka | rounds | target | met |");
        System.out.println("| --- | --- | --- | --- | --- | --- | --- |");
        if (withReplay) {
            row("replay into the read model, events/s", replays, 0.7);
        }
        if (withVerify) {
            row("audit verify, events/s", verifies, 0.5);
        }
        if (withReplay) {
            heap();
        }
        if (withReport) {
            report();
        }
    }

    /**
     * Verify first, with no read model on the heap, as the audit tool runs it; then the replay, whose model stays
     * for the heap figure and the report.
     */
    private void ours() {
        model = null;
        if (withVerify) {
            long begin = System.nanoTime();
            Verification verification = new LogAudit(LogConsumers.of(bootstrap), Duration.ofSeconds(60))
                    .verify(List.of(), ReadProgress.NONE);
            verifies.add(verification.records() / ((System.nanoTime() - begin) / 1e9));
            if (verification.records() < events || !verification.ok()) {
                throw new IllegalStateException(
                        "verify read " + verification.records() + " records and found " + verification.findings());
            }
        }
        if (withReplay) {
            long gcBefore = gcMillis();
            long begin = System.nanoTime();
            ReadModelBuilder builder = replay(bootstrap);
            replays.add(events / ((System.nanoTime() - begin) / 1e9));
            model = builder.snapshot();
            replayGcSeconds.add((gcMillis() - gcBefore) / 1000.0);
            if (builder.events() != events || !model.anomalies().isEmpty()) {
                throw new IllegalStateException("the replay folded " + builder.events() + " of " + events
                        + " events, with anomalies " + model.anomalies());
            }
        }
    }

    private static long gcMillis() {
        return ManagementFactory.getGarbageCollectorMXBeans().stream()
                .mapToLong(GarbageCollectorMXBean::getCollectionTime)
                .sum();
    }

    private void row(String measure, Series ours, double target) {
        Series ratio = ours.over(raw);
        System.out.printf(
                "| %s | %s | %s | %s | %d | ≥ %.1f | %s |%n",
                measure,
                raw.describe("%,.0f"),
                ours.describe("%,.0f"),
                ratio.describe("%.2f"),
                ours.rounds(),
                target,
                ratio.median() >= target ? "yes" : "**no**");
    }

    private void heap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf(
                "| heap used after GC, holding the read model of %,d activities | — | %,d MB of %,d MB max | — | 1 | ≤ 512 MB | %s |%n",
                model.size(),
                used / (1024 * 1024),
                Runtime.getRuntime().maxMemory() / (1024 * 1024),
                used <= 512L * 1024 * 1024 ? "yes" : "**no**");
        System.out.println();
        System.out.println(HeapHistogram.top(25));
    }

    private void report() {
        Series millis = new Series();
        Map<ReportFormat, Series> byFormat = new EnumMap<>(ReportFormat.class);
        Series contentMillis = new Series();
        ReportRenditions renditions = new ReportRenditions();
        Instant documentDate = Instant.parse("2021-03-20T03:00:00Z");
        ReportContent content = null;
        List<Rendition> rendered = new ArrayList<>();
        for (int round = 0; round < Math.max(rounds, 3); round++) {
            // The last round's report is let go first: the projector makes one report at a time.
            content = null;
            rendered.clear();
            long begin = System.nanoTime();
            content = ReportContentBuilder.build(model, QuarterlyReport.spec());
            contentMillis.add((System.nanoTime() - begin) / 1e6);
            rendered.addAll(renditions.renderAll(content, documentDate));
            millis.add((System.nanoTime() - begin) / 1e6);
            // Where the time goes: each format again, alone and one after another.
            for (ReportFormat format : FORMATS) {
                long started = System.nanoTime();
                renditions.render(content, format, documentDate);
                byFormat.computeIfAbsent(format, f -> new Series()).add((System.nanoTime() - started) / 1e6);
            }
        }
        System.out.printf(
                "| quarterly report Q1 2021, all five formats, %,d activities in the period, ms | — | %s (first %.0f) | — | %d | ≤ 2,000 ms | %s |%n",
                content.activities().size(),
                millis.describe("%,.0f"),
                millis.first(),
                millis.rounds(),
                millis.median() <= 2000 ? "yes" : "**no**");
        System.out.println();
        System.out.printf("  content: %s ms%n", contentMillis.describe("%,.0f"));
        System.out.println("  each format alone, one after another:");
        for (Rendition rendition : rendered) {
            System.out.printf(
                    "  %s: %s ms, %,d bytes%n",
                    rendition.format(), byFormat.get(rendition.format()).describe("%,.0f"), rendition.size());
        }
    }

    /** Replays the track topics into a read model, as the projector does on start. */
    static ReadModelBuilder replay(String bootstrap) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 5000);
        ReadModelBuilder builder = new ReadModelBuilder();
        try (KafkaConsumer<String, byte[]> consumer =
                new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<String> topics =
                    Topics.tracks().stream().map(Topics.TopicSpec::name).toList();
            Map<TopicPartition, Long> ends = LogReplay.endOffsets(consumer, topics, Duration.ofSeconds(30));
            LogReplay.replay(consumer, ends, builder);
        }
        return builder;
    }
}
