package org.cooplog.reporting.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.cooplog.events.Track;
import org.cooplog.events.common.Modality;
import org.cooplog.model.Activity;
import org.cooplog.model.ActivityStatus;
import org.cooplog.model.ReadModel;
import org.cooplog.reporting.content.ReportContent.Part;
import org.cooplog.reporting.content.ReportContent.Passage;
import org.cooplog.reporting.period.Placement;
import org.cooplog.reporting.period.ReportPeriod;

/**
 * Parts I to V of a report, the prose a department head signs: written from the activities placed in the period, in
 * the report's language. Parts III to V and the context of part I are what the report officer wrote when they did;
 * otherwise a default that says only what the log shows, and nothing where it shows nothing: a period with nothing
 * recorded reads as a short paragraph, not as pages of zeros.
 */
final class ReportBody {

    private static final List<String> NUMERALS = List.of("I", "II", "III", "IV", "V");

    private final Words words;
    private final Names names;
    private final ReportSpec spec;
    private final ReadModel model;
    private final List<Activity> activities;
    private final ActivityProse prose;

    /**
     * @param activities the activities placed in the period, not retracted, in the order the report lists them
     */
    ReportBody(Words words, ReportSpec spec, ReadModel model, List<Activity> activities) {
        this.words = words;
        this.names = new Names(words.language());
        this.spec = spec;
        this.model = model;
        this.activities = activities;
        this.prose = new ActivityProse(
                words,
                words.get("subject", spec.issuer().governingBody().in(spec.language())),
                spec.recordedBefore().atZone(ReportPeriod.ZONE).toLocalDate());
    }

    List<Part> parts() {
        ReportTexts texts = spec.texts();
        List<List<Passage>> parts = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        add(parts, titles, "part.situation", List.of(new Passage(null, situation())));
        add(parts, titles, "part.results", results());
        boolean empty = activities.isEmpty();
        add(parts, titles, "part.assessment", written(texts.assessment(), empty ? List.of() : new Assessment().of()));
        add(parts, titles, "part.directions", written(texts.directions(), empty ? List.of() : directions()));
        add(parts, titles, "part.proposals", written(texts.proposals(), empty ? List.of() : proposals()));
        List<Part> body = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            body.add(new Part(NUMERALS.get(i), titles.get(i), parts.get(i)));
        }
        return body;
    }

    private void add(List<List<Passage>> parts, List<String> titles, String title, List<Passage> passages) {
        if (!passages.isEmpty()) {
            parts.add(passages);
            titles.add(words.get(title));
        }
    }

    /** The officer's text, one paragraph a line, over the generated default. */
    private static List<Passage> written(String text, List<Passage> generated) {
        if (text == null) {
            return generated;
        }
        return List.of(new Passage(
                null,
                Arrays.stream(text.split("\\R+"))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList()));
    }

    private List<String> situation() {
        ReportPeriod period = spec.period();
        String span = words.daysInWords(period.firstDay(), period.lastDay());
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(
                switch (period.rule()) {
                    case CALENDAR ->
                        words.get("situation.calendar", spec.recipient().in(spec.language()), span);
                    default ->
                        words.get(
                                "situation.decree",
                                LegalBasis.circularApplies(period) ? words.get("situation.circular") : "",
                                span);
                });
        if (spec.texts().context() != null) {
            paragraphs.addAll(written(spec.texts().context(), List.of()).get(0).paragraphs());
        } else if (!activities.isEmpty()) {
            paragraphs.add(context());
        }
        return paragraphs;
    }

    /** One or two sentences true of the period: how many activities, how many online, and why any stopped. */
    private String context() {
        long tracks = activities.stream().map(Activity::track).distinct().count();
        List<String> sentences = new ArrayList<>();
        sentences.add(words.get("context.count", activities.size(), tracks));
        long online = count(a -> a.modality() == Modality.ONLINE || a.modality() == Modality.HYBRID);
        if (online > 0) {
            sentences.add(words.get("context.online", online, activities.size()));
        }
        List<Activity> stopped = stopped();
        List<String> reasons = stopped.stream()
                .map(Activity::statusReason)
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(r -> !r.isEmpty())
                .distinct()
                .toList();
        if (!stopped.isEmpty()) {
            sentences.add(
                    reasons.isEmpty()
                            ? words.get("context.stopped", stopped.size())
                            : words.get("context.stoppedBecause", stopped.size(), names.list(reasons)));
        }
        return String.join(" ", sentences);
    }

    private List<Passage> results() {
        if (activities.isEmpty()) {
            return List.of(new Passage(null, List.of(words.get("results.none"))));
        }
        List<Passage> passages = new ArrayList<>();
        passages.add(new Passage(null, List.of(figures())));
        for (Track track : Track.values()) {
            List<Activity> ofTrack = activities.stream()
                    .filter(a -> a.track() == track)
                    .sorted(Comparator.comparingInt(ReportBody::order))
                    .toList();
            if (ofTrack.isEmpty()) {
                continue;
            }
            List<String> paragraphs = new ArrayList<>(frame(ofTrack));
            ofTrack.forEach(a -> paragraphs.add(prose.of(a)));
            passages.add(new Passage((passages.size()) + ". " + words.label("track.", track.name()), paragraphs));
        }
        return passages;
    }

    /** Held first, then what is still to come, then what stopped; in the report's order within each. */
    private static int order(Activity activity) {
        return switch (activity.status()) {
            case HELD -> 0;
            case PLANNED -> 1;
            default -> 2;
        };
    }

    /** The period's figures in one sentence; a clause whose number is 0 is left out. */
    private String figures() {
        List<String> clauses = new ArrayList<>();
        long awaiting = count(prose::awaitingOutcome);
        clause(clauses, "figures.held", count(a -> a.status() == ActivityStatus.HELD));
        clause(clauses, "figures.planned", count(a -> a.status() == ActivityStatus.PLANNED) - awaiting);
        clause(clauses, "figures.awaiting", awaiting);
        clause(clauses, "figures.postponed", count(a -> a.status() == ActivityStatus.POSTPONED));
        clause(clauses, "figures.cancelled", count(a -> a.status() == ActivityStatus.CANCELLED));
        clause(clauses, "figures.movedOnline", count(Activity::movedOnline));
        List<Integer> participants = activities.stream()
                .map(ActivityFacts::participants)
                .filter(Objects::nonNull)
                .toList();
        clause(
                clauses,
                "figures.participants",
                participants.stream().mapToLong(Integer::longValue).sum());
        return words.get("figures.total", activities.size())
                + (clauses.isEmpty() ? "" : words.get("figures.among") + names.list(clauses))
                + ".";
    }

    private void clause(List<String> clauses, String key, long count) {
        if (count > 0) {
            clauses.add(words.get(key, count));
        }
    }

    /** What frames a track's activities: the year Viet Nam chairs ASEAN-PAC, the APEC year and its host. */
    private List<String> frame(List<Activity> ofTrack) {
        List<String> sentences = new ArrayList<>();
        ofTrack.stream()
                .filter(ActivityProse::vietNamChairs)
                .map(a -> ActivityProse.field(a.details(), "chairYear"))
                .filter(Objects::nonNull)
                .distinct()
                .forEach(year -> sentences.add(words.get(
                        "frame.chair",
                        words.get("subject", spec.issuer().governingBody().in(spec.language())),
                        String.valueOf(year))));
        ofTrack.stream()
                .filter(a -> ActivityProse.field(a.details(), "apecYear") != null)
                .map(a -> List.of(
                        String.valueOf(ActivityProse.field(a.details(), "apecYear")),
                        String.valueOf(ActivityProse.field(a.details(), "hostEconomy"))))
                .distinct()
                .forEach(yearAndHost -> sentences.add(
                        yearAndHost.get(1).equals("null")
                                ? words.get("frame.apec", yearAndHost.get(0))
                                : words.get("frame.apecHost", yearAndHost.get(0), host(yearAndHost.get(1)))));
        return sentences;
    }

    private String host(String economy) {
        return economy.length() == 2 ? words.country(economy) : economy;
    }

    /** Part IV by default: what is planned in the next period of the same kind, with its dates. */
    private List<Passage> directions() {
        LocalDate today = spec.recordedBefore().atZone(ReportPeriod.ZONE).toLocalDate();
        ReportPeriod next = NextPeriod.after(spec.period());
        if (next == null) {
            return List.of();
        }
        List<String> lines = model.activities().stream()
                .filter(a -> a.status() == ActivityStatus.PLANNED)
                .filter(a -> Placement.isIn(a, next))
                .filter(a -> !ActivityProse.PartialDatesSpan.of(a).last().isBefore(today))
                .sorted(Comparator.comparing(Placement::anchor).thenComparing(Activity::id))
                .map(a -> "- " + names.title(a) + ", " + words.whenInWords(a.starts(), a.ends()) + ".")
                .toList();
        if (lines.isEmpty()) {
            return List.of();
        }
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(words.get("directions.planned", words.daysInWords(next.firstDay(), next.lastDay())));
        paragraphs.addAll(lines);
        return List.of(new Passage(null, paragraphs));
    }

    /** Part V by default: only what the log supports, activities to set again and outcomes to record. */
    private List<Passage> proposals() {
        List<String> paragraphs = new ArrayList<>();
        long postponed = count(a -> a.status() == ActivityStatus.POSTPONED);
        if (postponed > 0) {
            paragraphs.add(words.get("proposals.postponed", postponed));
        }
        long awaiting = count(prose::awaitingOutcome);
        if (awaiting > 0) {
            paragraphs.add(words.get("proposals.awaiting", awaiting));
        }
        return paragraphs.isEmpty() ? List.of() : List.of(new Passage(null, paragraphs));
    }

    private List<Activity> stopped() {
        return activities.stream()
                .filter(a -> a.status() == ActivityStatus.POSTPONED || a.status() == ActivityStatus.CANCELLED)
                .toList();
    }

    private long count(Predicate<Activity> which) {
        return activities.stream().filter(which).count();
    }

    /** Part III by default: strengths as facts, shortcomings and their recorded causes; never invented praise. */
    private final class Assessment {

        List<Passage> of() {
            List<String> strengths = new ArrayList<>();
            long held = count(a -> a.status() == ActivityStatus.HELD);
            if (held > 0) {
                strengths.add(words.get("assessment.held", held, activities.size()));
                long online = count(a -> a.status() == ActivityStatus.HELD
                        && (a.modality() == Modality.ONLINE || a.modality() == Modality.HYBRID));
                if (online > 0) {
                    strengths.add(words.get("assessment.online", online));
                }
            }
            List<String> shortcomings = new ArrayList<>();
            List<Activity> stopped = stopped();
            if (!stopped.isEmpty()) {
                shortcomings.add(words.get(
                        "assessment.stopped",
                        stopped.size(),
                        names.titles(stopped.stream().map(this::withReason).toList())));
            }
            List<Activity> awaiting =
                    activities.stream().filter(prose::awaitingOutcome).toList();
            if (!awaiting.isEmpty()) {
                shortcomings.add(words.get(
                        "assessment.awaiting",
                        awaiting.size(),
                        names.titles(awaiting.stream().map(names::title).toList())));
            }
            long unknown = count(a -> a.status() == ActivityStatus.HELD
                    && ActivityFacts.isTraining(a)
                    && ActivityFacts.participants(a) == null);
            if (unknown > 0) {
                shortcomings.add(words.get("assessment.unknownParticipants", unknown));
            }
            List<Passage> passages = new ArrayList<>();
            if (!strengths.isEmpty()) {
                passages.add(new Passage((passages.size() + 1) + ". " + words.get("assessment.strengths"), strengths));
            }
            if (!shortcomings.isEmpty()) {
                passages.add(
                        new Passage((passages.size() + 1) + ". " + words.get("assessment.shortcomings"), shortcomings));
            }
            return passages;
        }

        private String withReason(Activity activity) {
            String reason = activity.statusReason();
            return reason == null || reason.isBlank()
                    ? names.title(activity)
                    : words.get("assessment.reason", names.title(activity), reason.strip());
        }
    }
}
