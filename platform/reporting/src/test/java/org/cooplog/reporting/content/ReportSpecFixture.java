package org.cooplog.reporting.content;

import java.time.Instant;
import java.util.List;
import org.cooplog.events.report.CutOffRule;
import org.cooplog.events.report.PeriodKind;
import org.cooplog.reporting.period.ReportPeriod;
import org.cooplog.reporting.period.ReportingCalendar;

/** Specs of the department's reports to the Ministry of Foreign Affairs, issued or previewed. */
final class ReportSpecFixture {

    static final Issuer ISSUER = new Issuer(
            new Localized("Thanh tra Chính phủ", "Government Inspectorate"),
            new Localized("Vụ Hợp tác quốc tế", "International Cooperation Department"),
            "HTQT",
            new Localized("Hà Nội", "Ha Noi"),
            null,
            new Localized("VỤ TRƯỞNG", "DIRECTOR GENERAL"),
            "Nguyễn Tuấn Anh",
            List.of(new Localized("Lưu: VT, HTQT.", "Archive.")));

    static final Localized MOFA = new Localized("Bộ Ngoại giao", "Ministry of Foreign Affairs");

    private ReportSpecFixture() {}

    static ReportPeriod period(PeriodKind kind, int year, int index) {
        return ReportingCalendar.period(kind, year, index, CutOffRule.DECREE_09_2019);
    }

    /** Report number 5 of its year, made of what was recorded before the cut. */
    static ReportSpec issued(ReportPeriod period, String language, Instant cut, Instant correctionsSince) {
        return new ReportSpec(
                ISSUER,
                MOFA,
                period,
                language,
                "mofa-" + period.key(),
                5,
                cut,
                correctionsSince,
                List.of("cooplog.bilateral.events-0@12"),
                "test");
    }

    static ReportSpec preview(ReportPeriod period, Instant cut) {
        return new ReportSpec(
                ISSUER, MOFA, period, "vi", null, null, cut, null, List.of("cooplog.bilateral.events-0@12"), "test");
    }
}
