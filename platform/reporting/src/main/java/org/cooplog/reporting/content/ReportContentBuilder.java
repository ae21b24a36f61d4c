package org.cooplog.reporting.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import org.cooplog.events.Track;
import org.cooplog.model.Activity;
import org.cooplog.model.ActivityStatus;
import org.cooplog.model.PartialDates;
import org.cooplog.model.ReadModel;
import org.cooplog.reporting.Beside;
import org.cooplog.reporting.content.ReportContent.ActivityRow;
import org.cooplog.reporting.content.ReportContent.Closing;
import org.cooplog.reporting.content.ReportContent.CountTable;
import org.cooplog.reporting.content.ReportContent.Figure;
import org.cooplog.reporting.content.ReportContent.Heading;
import org.cooplog.reporting.content.ReportContent.PeriodFacts;
import org.cooplog.reporting.content.ReportContent.Provenance;
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
        ReportSections sections = new ReportSections(words, inPeriod);
        Corrections listed = corrections.join();
        return new ReportContent(
                spec.language(),
                spec.draft(),
                spec.reportId(),
                heading(words, spec),
                List.of(
                        words.get(
                                "intro.period",
                                spec.issuer().unit().in(spec.language()),
                                words.day(period.firstDay()),
                                words.day(period.lastDay()),
                                summaryOf(words, period)),
                        words.get("intro.rule." + period.rule().name())),
                totals(words, inPeriod),
                counts(words, inPeriod),
                List.of(
                        sections.activities(),
                        sections.planAgainstActual(),
                        sections.delegations(),
                        sections.trainings(),
                        sections.corrections(listed),
                        sections.imprecise()),
                closing(words, spec),
                provenance(words, spec),
                new PeriodFacts(
                        period.key(),
                        period.kind().name(),
                        period.year(),
                        period.index(),
                        period.firstDay().toString(),
                        period.lastDay().toString(),
                        period.rule().name()),
                inPeriod.stream().map(a -> row(a, period, reportDay)).toList(),
                new ReportBody(words, spec, model, inPeriod).parts(),
                new Annexes(words, spec).of(inPeriod, listed, unplaced),
                spec.draft() ? null : words.get("reference", spec.reportId()),
                metadata(spec),
                Figures.of(inPeriod, reportDay, unplaced.size()),
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

    private static List<Figure> totals(Words words, List<Activity> activities) {
        return List.of(
                new Figure(words.get("totals.activities"), activities.size()),
                new Figure(words.get("totals.held"), count(activities, a -> a.status() == ActivityStatus.HELD)),
                new Figure(words.get("totals.planned"), count(activities, a -> a.status() == ActivityStatus.PLANNED)),
                new Figure(
                        words.get("totals.postponed"), count(activities, a -> a.status() == ActivityStatus.POSTPONED)),
                new Figure(
                        words.get("totals.cancelled"), count(activities, a -> a.status() == ActivityStatus.CANCELLED)),
                new Figure(words.get("totals.movedOnline"), count(activities, Activity::movedOnline)),
                new Figure(words.get("totals.rescheduled"), count(activities, Activity::rescheduled)),
                new Figure(
                        words.get("totals.participants"),
                        activities.stream()
                                .map(ActivityFacts::participants)
                                .filter(Objects::nonNull)
                                .mapToLong(Integer::longValue)
                                .sum()),
                new Figure(words.get("totals.imprecise"), count(activities, Placement::isImprecise)));
    }

    private static List<CountTable> counts(Words words, List<Activity> activities) {
        Map<String, Long> byTrack = new LinkedHashMap<>();
        for (Track track : Track.values()) {
            long count = count(activities, a -> a.track() == track);
            if (count > 0) {
                byTrack.put(words.label("track.", track.name()), count);
            }
        }
        return List.of(
                table(words, "counts.byTrack", byTrack),
                table(
                        words,
                        "counts.byKind",
                        tally(activities, a -> List.of(words.label("kind.", ActivityFacts.kind(a))))),
                table(
                        words,
                        "counts.byModality",
                        tally(
                                activities,
                                a -> List.of(
                                        words.label("modality.", a.modality().name())))),
                table(
                        words,
                        "counts.byPartner",
                        tally(
                                activities,
                                a -> ActivityFacts.partnerKeys(a).stream()
                                        .map(key -> key.startsWith("country:")
                                                ? words.country(key.substring(8))
                                                : key.substring(5))
                                        .toList())));
    }

    private static Map<String, Long> tally(List<Activity> activities, Function<Activity, List<String>> keys) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        activities.forEach(a -> keys.apply(a).forEach(key -> counts.merge(key, 1L, Long::sum)));
        Map<String, Long> sorted = new LinkedHashMap<>();
        counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> sorted.put(e.getKey(), e.getValue()));
        return sorted;
    }

    private static CountTable table(Words words, String title, Map<String, Long> counts) {
        List<Figure> rows = new ArrayList<>();
        counts.forEach((label, count) -> rows.add(new Figure(label, count)));
        return new CountTable(words.get(title), words.get("counts.label"), words.get("counts.count"), rows);
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

    private static Provenance provenance(Words words, ReportSpec spec) {
        List<String> lines = new ArrayList<>();
        lines.add(words.get("provenance.cut", words.instant(spec.recordedBefore())));
        if (!spec.positions().isEmpty()) {
            lines.add(words.get("provenance.offsets", String.join(", ", spec.positions())));
        }
        lines.add(
                spec.draft()
                        ? words.get("provenance.preview")
                        : words.get("provenance.template", spec.templateVersion(), spec.reportId()));
        return new Provenance(words.get("provenance.title"), lines);
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
                false,
                ActivityFacts.organiserNames(activity),
                ActivityFacts.funderNames(activity),
                ActivityFacts.awaitingOutcome(activity, reportDay),
                Placement.isYearOnly(activity, period));
    }

    private static long count(List<Activity> activities, Predicate<Activity> which) {
        return activities.stream().filter(which).count();
    }
}
