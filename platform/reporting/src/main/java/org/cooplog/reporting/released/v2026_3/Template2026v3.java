package org.cooplog.reporting.released.v2026_3;

import java.util.List;
import org.cooplog.events.report.ReportFormat;
import org.cooplog.model.ReadModel;
import org.cooplog.reporting.released.v2026_3.content.ReportContentBuilder;
import org.cooplog.reporting.released.v2026_3.content.ReportSpec;
import org.cooplog.reporting.released.v2026_3.content.ReportSpecs;
import org.cooplog.reporting.released.v2026_3.render.ReportRenditions;
import org.cooplog.reporting.render.Rendition;
import org.cooplog.reporting.template.ReportTemplate;

/** Template 2026.3 as released: the reports issued under it are made again with it, byte for byte. */
public final class Template2026v3 implements ReportTemplate {

    public static final String VERSION = ReportRenditions.TEMPLATE_VERSION;

    private final ReportRenditions renditions = new ReportRenditions();

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public List<Rendition> renderAll(ReadModel model, String spec) {
        ReportSpec read = ReportSpecs.fromJson(spec);
        return renditions.renderAll(ReportContentBuilder.build(model, read), read.recordedBefore());
    }

    @Override
    public Rendition render(ReadModel model, String spec, ReportFormat format) {
        ReportSpec read = ReportSpecs.fromJson(spec);
        return renditions.render(ReportContentBuilder.build(model, read), format, read.recordedBefore());
    }
}
