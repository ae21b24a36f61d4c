package org.cooplog.reporting.template;

import java.util.List;
import org.cooplog.events.report.ReportFormat;
import org.cooplog.model.ReadModel;
import org.cooplog.reporting.render.Rendition;

/**
 * One version of the report template: what turns a read model and the spec a report recorded into its renditions. An
 * issued report is made again with the version it names, so a new layout never changes a document already issued.
 */
public interface ReportTemplate {

    /** The version ReportIssued records, e.g. {@code 2026.3}. */
    String version();

    /**
     * Every format, in the order of {@link ReportFormat}.
     *
     * @param spec the report's spec as ReportIssued stores it, in JSON, as this version wrote it
     */
    List<Rendition> renderAll(ReadModel model, String spec);

    /** One format, as {@link #renderAll} makes it. */
    Rendition render(ReadModel model, String spec, ReportFormat format);
}
