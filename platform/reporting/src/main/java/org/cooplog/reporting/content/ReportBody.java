package org.cooplog.reporting.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.cooplog.events.common.Modality;
import org.cooplog.model.Activity;
import org.cooplog.model.ActivityStatus;
import org.cooplog.model.ReadModel;
import org.cooplog.reporting.content.ReportContent.Part;
import org.cooplog.reporting.content.ReportContent.Passage;
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
    private final int unplaced;
    private final String unplacedAnnex;

    /**
     * @param activities the activities placed in the period, not retracted, in the order the report lists them
     * @param unplaced how many activities of the period's span cannot be placed in it
     * @param unplacedAnnex the label of the annex that lists them, e.g. Phụ lục III
     */
    ReportBody(
            Words words,
            ReportSpec spec,
            ReadModel model,
            List<Activity> activities,
            int unplaced,
            String unplacedAnnex) {
        this.unplaced = unplaced;
        this.unplacedAnnex = unplacedAnnex;
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
        // A period with nothing recorded keeps parts III to V only where the officer wrote them.
        boolean empty = activities.isEmpty();
        DefaultTexts defaults = new DefaultTexts(words, spec, model, activities, prose);
        add(parts, titles, "part.assessment", written(texts.assessment(), empty ? List.of() : defaults.assessment()));
        add(
                parts,
                titles,
                "part.directions",
                written(texts.directions(), empty ? List.of() : orElse(defaults.directions(), "directions.none")));
        add(
                parts,
                titles,
                "part.proposals",
                written(texts.proposals(), empty ? List.of() : orElse(defaults.proposals(), "proposals.none")));
        List<Part> body = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            body.add(new Part(NUMERALS.get(i), titles.get(i), parts.get(i)));
        }
        return body;
    }

    /** Part II, and where the activities that could not be placed are listed. */
    private List<Passage> results() {
        List<Passage> passages = new ArrayList<>(new ResultsPart(words, spec, activities, prose).passages());
        if (unplaced > 0 && unplacedAnnex != null) {
            passages.add(new Passage(null, List.of(words.get("results.unplaced", unplaced, unplacedAnnex))));
        }
        return passages;
    }

    /** A part IV or V of a period with activities stands even when the log gives it nothing to say. */
    private List<Passage> orElse(List<Passage> generated, String none) {
        return generated.isEmpty() ? List.of(new Passage(null, List.of(words.get(none)))) : generated;
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

    private List<Activity> stopped() {
        return activities.stream()
                .filter(a -> a.status() == ActivityStatus.POSTPONED || a.status() == ActivityStatus.CANCELLED)
                .toList();
    }

    private long count(Predicate<Activity> which) {
        return activities.stream().filter(which).count();
    }
}
