package org.cooplog.reporting.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.cooplog.events.Track;
import org.cooplog.model.Activity;
import org.cooplog.model.ActivityStatus;
import org.cooplog.reporting.content.ReportContent.Passage;

/**
 * Part II, Kết quả thực hiện: the period's figures in one sentence, then one passage per track with an activity, each
 * activity told from its events. A period with nothing recorded says so in one sentence.
 */
final class ResultsPart {

    private final Words words;
    private final Names names;
    private final ReportSpec spec;
    private final List<Activity> activities;
    private final ActivityProse prose;

    ResultsPart(Words words, ReportSpec spec, List<Activity> activities, ActivityProse prose) {
        this.words = words;
        this.names = new Names(words.language());
        this.spec = spec;
        this.activities = activities;
        this.prose = prose;
    }

    List<Passage> passages() {
        if (activities.isEmpty()) {
            return List.of(new Passage(null, List.of(words.get("results.none"))));
        }
        List<Passage> passages = new ArrayList<>();
        passages.add(new Passage(null, List.of(figures())));
        for (Track track : Track.values()) {
            List<Activity> ofTrack = activities.stream()
                    .filter(a -> a.track() == track)
                    .sorted(Comparator.comparingInt(ResultsPart::order))
                    .toList();
            if (ofTrack.isEmpty()) {
                continue;
            }
            List<String> paragraphs = new ArrayList<>(frame(ofTrack));
            for (Activity activity : ofTrack) {
                paragraphs.add(prose.of(activity, paragraphs.isEmpty()));
            }
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
                .map(a -> ActivityFacts.field(a.details(), "chairYear"))
                .filter(Objects::nonNull)
                .distinct()
                .forEach(year -> sentences.add(words.get(
                        "frame.chair",
                        words.get("subject", spec.issuer().governingBody().in(spec.language())),
                        String.valueOf(year))));
        ofTrack.stream()
                .filter(a -> ActivityFacts.field(a.details(), "apecYear") != null)
                .map(a -> List.of(
                        String.valueOf(ActivityFacts.field(a.details(), "apecYear")),
                        String.valueOf(ActivityFacts.field(a.details(), "hostEconomy"))))
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

    private long count(Predicate<Activity> which) {
        return activities.stream().filter(which).count();
    }
}
