package org.cooplog.reporting.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.cooplog.reporting.content.ReportContent;
import org.cooplog.reporting.content.SeededReports;

/**
 * Writes every rendition of the sample reports, and of the reports over the seed log ({@link SeededReports}), into a
 * directory: for looking at them (render-check.sh), and run in a second JVM by the reproducibility tests. Given a number of rows as well, it also writes the large report of
 * {@link ScaleReports} with that many rows in each table, as {@code scale-ROWS.*}.
 *
 * <pre>RenderSamples [DIR] [ROWS]</pre>
 */
public final class RenderSamples {

    static final Map<String, ReportContent> SAMPLES = Map.of(
            "quarterly", SampleReports.quarterly(),
            "empty-draft-en", SampleReports.emptyDraftInEnglish(),
            "hostile", SampleReports.hostile(),
            "overlong", ScaleReports.overlong());

    private RenderSamples() {}

    public static void main(String[] args) throws IOException {
        Path directory = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/renditions"));
        Map<String, ReportContent> samples = new TreeMap<>(SAMPLES);
        samples.putAll(SeededReports.all());
        if (args.length > 1) {
            samples.put("scale-" + args[1], ScaleReports.quarterly(Integer.parseInt(args[1])));
        }
        ReportRenditions renditions = new ReportRenditions();
        for (Map.Entry<String, ReportContent> sample : samples.entrySet()) {
            for (Rendition rendition : renditions.renderAll(sample.getValue(), SampleReports.DATE)) {
                Files.write(directory.resolve(sample.getKey() + "." + rendition.fileExtension()), rendition.bytes());
            }
        }
    }
}
