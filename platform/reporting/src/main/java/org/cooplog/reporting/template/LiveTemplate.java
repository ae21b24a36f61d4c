package org.cooplog.reporting.template;

import java.util.List;
import org.cooplog.events.report.ReportFormat;
import org.cooplog.model.ReadModel;
import org.cooplog.reporting.content.ReportContentBuilder;
import org.cooplog.reporting.content.ReportSpec;
import org.cooplog.reporting.content.ReportSpecs;
import org.cooplog.reporting.render.Rendition;
import org.cooplog.reporting.render.ReportRenditions;

/** The template reports are issued with now: the live content builder and renderers. */
final class LiveTemplate implements ReportTemplate {

    private final ReportRenditions renditions = new ReportRenditions();

    @Override
    public String version() {
        return ReportRenditions.TEMPLATE_VERSION;
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
