package org.cooplog.reporting.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.cooplog.reporting.content.ReportContent;

/**
 * Writes every rendition of the sample reports into a directory: for looking at them (render-check.sh), and run in a
 * second JVM by the reproducibility tests.
 */
public final class RenderSamples {

    static final Map<String, ReportContent> SAMPLES = Map.of(
            "quarterly", SampleReports.quarterly(),
            "empty-draft-en", SampleReports.emptyDraftInEnglish(),
            "hostile", SampleReports.hostile());

    private RenderSamples() {}

    public static void main(String[] args) throws IOException {
        Path directory = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/renditions"));
        ReportRenditions renditions = new ReportRenditions();
        for (Map.Entry<String, ReportContent> sample : SAMPLES.entrySet()) {
            for (Rendition rendition : renditions.renderAll(sample.getValue(), SampleReports.DATE)) {
                Files.write(directory.resolve(sample.getKey() + "." + rendition.fileExtension()), rendition.bytes());
            }
        }
    }
}
