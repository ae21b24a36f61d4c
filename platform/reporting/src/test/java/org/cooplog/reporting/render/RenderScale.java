package org.cooplog.reporting.render;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.cooplog.events.report.ReportFormat;
import org.cooplog.reporting.content.ReportContent;

/**
 * Times each format on {@link ScaleReports}: the best of a few rounds after a warm-up, in wall-clock and CPU time (the
 * latter less disturbed by other work on the machine), and the bytes allocated while rendering. A measurement to read, not a test; the build checks only that the large report fits in a small heap
 * ({@code ScaleTests}).
 *
 * <pre>java -Xmx512m -cp ... org.cooplog.reporting.render.RenderScale [ROWS] [ROUNDS] [FORMAT,...]</pre>
 */
public final class RenderScale {

    private static final List<ReportFormat> FORMATS = List.of(
            ReportFormat.DOCX,
            ReportFormat.PDF,
            ReportFormat.HTML,
            ReportFormat.JSON,
            ReportFormat.CSV,
            ReportFormat.XLSX);

    private RenderScale() {}

    public static void main(String[] args) {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : ScaleReports.ROWS;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        ReportContent content = ScaleReports.quarterly(rows);
        ReportRenditions renditions = new ReportRenditions();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        System.out.printf(
                Locale.ROOT,
                "%,d rows in each of %d tables, heap max %,d MB%n%n",
                rows,
                content.annexes().size(),
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.println("| format | best of " + rounds + " | CPU | allocated | size |");
        System.out.println("| --- | ---: | ---: | ---: | ---: |");
        long total = 0;
        long totalCpu = 0;
        List<ReportFormat> formats = args.length > 2
                ? Stream.of(args[2].split(",")).map(ReportFormat::valueOf).toList()
                : FORMATS;
        for (ReportFormat format : formats) {
            ReportRenderer renderer = renditions.renderer(format);
            renderer.render(content, SampleReports.DATE);
            List<Long> millis = new ArrayList<>();
            long cpu = Long.MAX_VALUE;
            long allocated = Long.MAX_VALUE;
            Rendition rendition = null;
            for (int round = 0; round < rounds; round++) {
                long bytes = threads.getCurrentThreadAllocatedBytes();
                long used = threads.getCurrentThreadCpuTime();
                long begin = System.nanoTime();
                rendition = renderer.render(content, SampleReports.DATE);
                millis.add((System.nanoTime() - begin) / 1_000_000);
                cpu = Math.min(cpu, (threads.getCurrentThreadCpuTime() - used) / 1_000_000);
                allocated = Math.min(allocated, threads.getCurrentThreadAllocatedBytes() - bytes);
            }
            long best = millis.stream().mapToLong(Long::longValue).min().orElseThrow();
            total += best;
            totalCpu += cpu;
            System.out.printf(
                    Locale.ROOT,
                    "| %s | %,d ms | %,d ms | %,d MB | %,d kB |%n",
                    format,
                    best,
                    cpu,
                    allocated >> 20,
                    rendition.size() >> 10);
        }
        System.out.printf(Locale.ROOT, "| all | %,d ms | %,d ms | | |%n", total, totalCpu);
    }
}
