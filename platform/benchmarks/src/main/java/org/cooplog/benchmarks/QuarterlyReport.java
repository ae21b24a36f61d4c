package org.cooplog.benchmarks;

import java.time.Instant;
import java.util.List;
import org.cooplog.events.report.CutOffRule;
import org.cooplog.events.report.PeriodKind;
import org.cooplog.reporting.content.Issuer;
import org.cooplog.reporting.content.Localized;
import org.cooplog.reporting.content.ReportSpec;
import org.cooplog.reporting.period.ReportPeriod;
import org.cooplog.reporting.period.ReportingCalendar;
import org.cooplog.reporting.render.ReportRenditions;

/**
 * The report the benchmark makes: the first quarter of 2021 for the Ministry of Foreign Affairs, in Vietnamese, with
 * the corrections since the previous quarter's report, as every report after the first has.
 */
final class QuarterlyReport {

    private QuarterlyReport() {}

    static ReportSpec spec() {
        ReportPeriod period = ReportingCalendar.period(PeriodKind.QUARTER, 2021, 1, CutOffRule.DECREE_09_2019);
        Issuer issuer = new Issuer(
                new Localized("Thanh tra Chính phủ", "Government Inspectorate"),
                new Localized("Vụ Hợp tác quốc tế", "International Cooperation Department"),
                "HTQT",
                new Localized("Hà Nội", "Ha Noi"),
                null,
                new Localized("VỤ TRƯỞNG", "DIRECTOR GENERAL"),
                "Nguyễn Tuấn Anh",
                List.of(new Localized("Lưu: VT, HTQT.", "Archive")));
        return new ReportSpec(
                issuer,
                new Localized("Bộ Ngoại giao", "Ministry of Foreign Affairs"),
                period,
                "vi",
                "mofa-" + period.key(),
                1,
                Instant.parse("2021-03-20T03:00:00Z"),
                Instant.parse("2020-12-20T03:00:00Z"),
                List.of(),
                ReportRenditions.TEMPLATE_VERSION);
    }
}
