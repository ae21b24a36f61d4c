package org.cooplog.audit.cli;

import java.util.List;
import org.cooplog.events.report.CutOffRule;
import org.cooplog.events.report.PeriodKind;
import org.cooplog.events.report.ReportIssued;
import org.cooplog.reporting.period.ReportPeriod;
import org.cooplog.reporting.period.ReportingCalendar;
import org.cooplog.reporting.released.v2026_3.content.Issuer;
import org.cooplog.reporting.released.v2026_3.content.Localized;
import org.cooplog.reporting.released.v2026_3.content.ReportContentBuilder;
import org.cooplog.reporting.released.v2026_3.content.ReportSpec;
import org.cooplog.reporting.released.v2026_3.content.ReportSpecs;
import org.cooplog.reporting.released.v2026_3.render.ReportRenditions;
import org.cooplog.reporting.render.Rendition;

/** A report issued in a test exactly as the 2026.3 projector issued it: its spec, content builder and renderers. */
final class IssuedUnder2026v3 {

    private IssuedUnder2026v3() {}

    /**
     * Q1 2021 for the Ministry of Foreign Affairs, from the log as it stands now.
     *
     * @param templateVersion the version the spec and the event record: 2026.3, or one no build holds
     */
    static ReportIssued issue(String reportId, String templateVersion) {
        IssuedReports.Cut cut = IssuedReports.Cut.now();
        ReportPeriod period = ReportingCalendar.period(PeriodKind.QUARTER, 2021, 1, CutOffRule.DECREE_09_2019);
        ReportSpec spec = new ReportSpec(
                new Issuer(
                        new Localized("Thanh tra Chính phủ", "Government Inspectorate"),
                        new Localized("Vụ Hợp tác quốc tế", "International Cooperation Department"),
                        "HTQT",
                        new Localized("Hà Nội", "Ha Noi"),
                        null,
                        new Localized("VỤ TRƯỞNG", "DIRECTOR GENERAL"),
                        "Nguyễn Văn A",
                        List.of(new Localized("Lưu: VT, HTQT.", "Archive: Office, HTQT."))),
                new Localized("Bộ Ngoại giao", "Ministry of Foreign Affairs"),
                period,
                "vi",
                reportId,
                3,
                cut.recordedBefore(),
                null,
                cut.positions(),
                templateVersion);
        List<Rendition> renditions =
                new ReportRenditions().renderAll(ReportContentBuilder.build(cut.model(), spec), cut.recordedBefore());
        return IssuedReports.event(reportId, period, cut, templateVersion, ReportSpecs.toJson(spec), renditions);
    }
}
