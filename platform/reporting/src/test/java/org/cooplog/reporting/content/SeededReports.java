package org.cooplog.reporting.content;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cooplog.events.report.PeriodKind;
import org.cooplog.model.ReadModel;
import org.cooplog.reporting.period.ReportPeriod;

/**
 * The reports the department would issue over the seed log, as the projector configures them: for looking at real
 * prose and real annexes (RenderSamples), where the hand-written samples only stand in for them.
 */
public final class SeededReports {

    /** The day the reports are made: every period of 2019 and 2021 has long closed. */
    private static final Instant CUT = Instant.parse("2026-12-03T03:00:00Z");

    /** The department as the projector's configuration names it, with the copies its reports go to. */
    private static final Issuer ISSUER = new Issuer(
            ReportSpecFixture.ISSUER.governingBody(),
            ReportSpecFixture.ISSUER.unit(),
            ReportSpecFixture.ISSUER.unitCode(),
            ReportSpecFixture.ISSUER.place(),
            null,
            ReportSpecFixture.ISSUER.signerTitle(),
            ReportSpecFixture.ISSUER.signerName(),
            List.of(
                    new Localized(
                            "Lãnh đạo Thanh tra Chính phủ (để báo cáo);",
                            "Leadership of the Government Inspectorate (for information);"),
                    new Localized("Lưu: VT, HTQT.", "Archive: Office, HTQT.")));

    private static final Localized CFAC =
            new Localized("Ban Đối ngoại Trung ương", "Central Foreign Affairs Commission");

    private SeededReports() {}

    /** By file name: the annual 2021 report to the Commission in both languages, and three to the Ministry. */
    public static Map<String, ReportContent> all() {
        ReadModel model = SeedLog.load().model();
        Map<String, ReportContent> reports = new LinkedHashMap<>();
        reports.put("seeded-cfac-2021", report(model, CFAC, "cfac", PeriodKind.YEAR, 2021, 1, "vi", 6));
        reports.put("seeded-cfac-2021-en", report(model, CFAC, "cfac", PeriodKind.YEAR, 2021, 1, "en", 6));
        reports.put(
                "seeded-mofa-2021-Q4",
                report(model, ReportSpecFixture.MOFA, "mofa", PeriodKind.QUARTER, 2021, 4, "vi", 5));
        reports.put(
                "seeded-mofa-2021-Q1",
                report(model, ReportSpecFixture.MOFA, "mofa", PeriodKind.QUARTER, 2021, 1, "vi", 1));
        reports.put(
                "seeded-mofa-2019", report(model, ReportSpecFixture.MOFA, "mofa", PeriodKind.YEAR, 2019, 1, "vi", 3));
        return reports;
    }

    private static ReportContent report(
            ReadModel model,
            Localized recipient,
            String recipientId,
            PeriodKind kind,
            int year,
            int index,
            String language,
            int number) {
        ReportPeriod period = ReportSpecFixture.period(kind, year, index);
        return ReportContentBuilder.build(
                model,
                new ReportSpec(
                        ISSUER,
                        recipient,
                        period,
                        language,
                        recipientId + "-" + period.key(),
                        number,
                        CUT,
                        null,
                        List.of("cooplog.bilateral.events-0@12"),
                        "seeded"));
    }
}
