package org.cooplog.reporting.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cooplog.model.Activity;
import org.cooplog.model.ActivityStatus;
import org.cooplog.model.PartialDates;
import org.cooplog.model.ReadModel;
import org.cooplog.reporting.Beside;
import org.cooplog.reporting.content.ReportContent.ActivityRow;
import org.cooplog.reporting.content.ReportContent.Annex;
import org.cooplog.reporting.content.ReportContent.Closing;
import org.cooplog.reporting.content.ReportContent.Heading;
import org.cooplog.reporting.content.ReportContent.PeriodFacts;
import org.cooplog.reporting.period.Placement;
import org.cooplog.reporting.period.ReportPeriod;

/**
 * Decides what a periodic report says: a pure function of the read model and the report's spec, so the same log
 * cut and spec always give the same content, and the same bytes once rendered.
 */
public final class ReportContentBuilder {

    private ReportContentBuilder() {}

    private static final Comparator<Activity> ORDER = Comparator.comparing(Placement::anchor)
            .thenComparing(Activity::track)
            .thenComparing(Activity::id);

    public static ReportContent build(ReadModel model, ReportSpec spec) {
        Words words = new Words(spec.language());
        ReportPeriod period = spec.period();
        LocalDate reportDay = spec.recordedBefore().atZone(ReportPeriod.ZONE).toLocalDate();
        // The corrections go through every activity's corrections, half the work of the content: on a second
        // thread while this one places the period's activities and makes the rest. It reads only the model.
        Beside<Corrections> corrections =
                Beside.start(() -> Corrections.of(model, period, spec.correctionsSince(), spec.recordedBefore()));
        List<Activity> inPeriod = new ArrayList<>();
        List<Activity> unplaced = new ArrayList<>();
        for (Activity activity : model.activities()) {
            if (activity.status() == ActivityStatus.RETRACTED) {
                continue;
            }
            switch (Placement.of(activity, period)) {
                case IN -> inPeriod.add(activity);
                case UNPLACED -> unplaced.add(activity);
                case OUTSIDE -> {}
            }
        }
        inPeriod.sort(ORDER);
        unplaced.sort(ORDER);
        Corrections listed = corrections.join();
        List<Annex> annexes = new Annexes(words, spec).of(inPeriod, listed, unplaced);
        String unplacedAnnex = annexes.stream()
                .filter(annex -> annex.title().equals(words.get("annex.unplaced.title")))
                .map(Annex::label)
                .findFirst()
                .orElse(null);
        return new ReportContent(
                spec.language(),
                spec.draft(),
                spec.reportId(),
                heading(words, spec),
                new ReportBody(words, spec, model, inPeriod, unplaced.size(), unplacedAnnex).parts(),
                closing(words, spec),
                annexes,
                spec.draft() ? null : words.get("reference", spec.reportId()),
                metadata(spec),
                Figures.of(inPeriod, reportDay, unplaced.size()),
                new PeriodFacts(
                        period.key(),
                        period.kind().name(),
                        period.year(),
                        period.index(),
                        period.firstDay().toString(),
                        period.lastDay().toString(),
                        period.rule().name()),
                inPeriod.stream().map(a -> row(a, period, reportDay)).toList(),
                unplaced.stream().map(a -> row(a, period, reportDay)).toList());
    }

    /** Where the report came from, for an auditor: written into the documents' properties, never on a page. */
    private static Map<String, String> metadata(ReportSpec spec) {
        Map<String, String> metadata = new LinkedHashMap<>();
        if (spec.reportId() != null) {
            metadata.put("cooplog.reportId", spec.reportId());
        }
        metadata.put("cooplog.period", spec.period().key());
        metadata.put("cooplog.rule", spec.period().rule().name());
        metadata.put("cooplog.recordedBefore", spec.recordedBefore().toString());
        if (spec.correctionsSince() != null) {
            metadata.put("cooplog.correctionsSince", spec.correctionsSince().toString());
        }
        metadata.put("cooplog.positions", String.join(", ", spec.positions()));
        metadata.put("cooplog.templateVersion", spec.templateVersion());
        return metadata;
    }

    private static Heading heading(Words words, ReportSpec spec) {
        String language = spec.language();
        LocalDate date = spec.recordedBefore().atZone(ReportPeriod.ZONE).toLocalDate();
        return new Heading(
                spec.issuer().governingBody().in(language).toUpperCase(java.util.Locale.ROOT),
                spec.issuer().unit().in(language).toUpperCase(java.util.Locale.ROOT),
                spec.draft()
                        ? words.get("document.number.draft", spec.issuer().unitCode())
                        : words.get(
                                "document.number",
                                String.format("%02d", spec.documentNumber()),
                                spec.issuer().unitCode()),
                words.get("national.title"),
                words.get("national.motto"),
                words.placeAndDate(spec.issuer().place().in(language), date),
                words.get("document.type"),
                summaryOf(words, spec.period()),
                words.get("addressee", spec.recipient().in(language)));
    }

    static String summaryOf(Words words, ReportPeriod period) {
        String quarter = words.language().equals("en")
                ? String.valueOf(period.index())
                : List.of("I", "II", "III", "IV").get(period.index() - 1);
        return words.get("summary." + period.kind().name(), quarter, String.valueOf(period.year()));
    }

    private static Closing closing(Words words, ReportSpec spec) {
        String language = spec.language();
        List<String> recipients = new ArrayList<>();
        recipients.add(words.get("recipients.above"));
        spec.issuer().copies().forEach(copy -> recipients.add("- " + copy.in(language)));
        return new Closing(
                language.equals("en") ? "Copies:" : "Nơi nhận:",
                recipients,
                spec.issuer().authority() == null
                        ? null
                        : spec.issuer().authority().in(language),
                spec.issuer().signerTitle().in(language),
                spec.issuer().signerName());
    }

    private static ActivityRow row(Activity activity, ReportPeriod period, LocalDate reportDay) {
        return new ActivityRow(
                activity.id(),
                activity.track().name(),
                ActivityFacts.kind(activity),
                activity.plan().getTitle(),
                PartialDates.format(activity.starts()),
                activity.ends() == null ? null : PartialDates.format(activity.ends()),
                activity.modality().name(),
                activity.status().name(),
                ActivityFacts.partnerNames(activity),
                ActivityFacts.participants(activity),
                activity.movedOnline(),
                activity.rescheduled(),
                Placement.isImprecise(activity),
                ActivityFacts.organiserNames(activity),
                ActivityFacts.funderNames(activity),
                ActivityFacts.awaitingOutcome(activity, reportDay),
                Placement.isYearOnly(activity, period));
    }
}
