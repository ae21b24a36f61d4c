package org.cooplog.reporting.released.v2026_3.render;

import java.time.Instant;
import org.cooplog.events.report.ReportFormat;
import org.cooplog.reporting.released.v2026_3.content.ReportContent;
import org.cooplog.reporting.render.Rendition;

/**
 * Lays a report's content out in one format. A renderer adds no words and reads no clock: the same content and
 * document date give the same bytes in any JVM, time zone or locale, so an issued report can be rebuilt and checked
 * against the digest ReportIssued recorded.
 */
public interface ReportRenderer {

    ReportFormat format();

    /**
     * @param documentDate the date written into the document's own metadata (DOCX core properties, PDF info): the
     *     report's record-time cut, {@code ReportSpec.recordedBefore}, which ReportIssued keeps as {@code cut}; formats
     *     without such metadata ignore it
     */
    Rendition render(ReportContent content, Instant documentDate);
}
