package org.cooplog.reporting.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.cooplog.events.common.Modality;
import org.cooplog.model.Activity;
import org.cooplog.model.ActivityStatus;
import org.cooplog.model.ReadModel;
import org.cooplog.reporting.content.ReportContent.Passage;
import org.cooplog.reporting.period.Placement;
import org.cooplog.reporting.period.ReportPeriod;

/**
 * The defaults of parts III to V, which the report officer writes over: they state only what the log supports (the
 * share held and held online, what stopped and why, what awaits an outcome, what is planned next) and are empty where
 * it supports nothing, so no praise is invented.
 */
final class DefaultTexts {

    private final Words words;
    private final Names names;
    private final ReportSpec spec;
    private final ReadModel model;
    private final List<Activity> activities;
    private final ActivityProse prose;

    DefaultTexts(Words words, ReportSpec spec, ReadModel model, List<Activity> activities, ActivityProse prose) {
        this.words = words;
        this.names = new Names(words.language());
        this.spec = spec;
        this.model = model;
        this.activities = activities;
        this.prose = prose;
    }

    /** Part III: strengths as facts, shortcomings and their recorded causes; never invented praise. */
    List<Passage> assessment() {
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

    /** Part IV by default: what is planned in the next period of the same kind, with its dates. */
    List<Passage> directions() {
        LocalDate today = spec.recordedBefore().atZone(ReportPeriod.ZONE).toLocalDate();
        ReportPeriod next = NextPeriod.after(spec.period());
        if (next == null) {
            return List.of();
        }
        List<String> lines = model.activities().stream()
                .filter(a -> a.status() == ActivityStatus.PLANNED)
                .filter(a -> Placement.isIn(a, next))
                .filter(a -> !ActivityFacts.lastDay(a).isBefore(today))
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
    List<Passage> proposals() {
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
}
