package org.cooplog.audit.reproduce;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.TopicPartition;
import org.cooplog.events.report.PartitionOffset;
import org.cooplog.events.report.ReportIssued;
import org.cooplog.model.ReadModel;
import org.cooplog.model.ReadModelBuilder;
import org.cooplog.reporting.render.Rendition;
import org.cooplog.reporting.template.ReportTemplate;
import org.cooplog.reporting.template.ReportTemplates;
import org.cooplog.reporting.template.UnknownTemplateVersionException;

/**
 * Makes an issued report again from what its ReportIssued event recorded: the cut (end offset of every partition and
 * the record-time cut-off) says which events to fold, the template version which code renders them, the spec
 * everything else.
 */
public final class ReportRebuild {

    private ReportRebuild() {}

    /** The exclusive end offset of every partition the report was made from. */
    public static Map<TopicPartition, Long> cut(ReportIssued issued) {
        Map<TopicPartition, Long> ends = new LinkedHashMap<>();
        for (PartitionOffset offset : issued.getCut().getOffsets()) {
            ends.put(new TopicPartition(offset.getTopic(), offset.getPartition()), offset.getEndOffset());
        }
        return ends;
    }

    /** An empty builder that takes only the events the report's cut-off lets in; feed it the records of the cut. */
    public static ReadModelBuilder builder(ReportIssued issued) {
        return new ReadModelBuilder(issued.getCut().getRecordedBefore());
    }

    /**
     * The template version the report was issued with, live or released, so it is made again with the code that made
     * it; asked before the log is read, since a version this build does not hold can never match.
     *
     * @throws UnknownTemplateVersionException naming the version, when this build does not hold it
     */
    public static ReportTemplate template(ReportIssued issued) {
        return ReportTemplates.require(issued.getTemplateVersion());
    }

    /** Every rendition, made from the model of the cut with the template and the spec the report recorded. */
    public static List<Rendition> make(ReportTemplate template, ReadModel model, ReportIssued issued) {
        return template.renderAll(model, issued.getSpec());
    }
}
