package org.cooplog.reporting.content;

import java.util.ArrayList;
import java.util.List;
import org.cooplog.events.common.Delegation;
import org.cooplog.events.common.DelegationDirection;
import org.cooplog.model.Activity;
import org.cooplog.model.ActivityStatus;
import org.cooplog.reporting.content.ReportContent.Section;
import org.cooplog.reporting.period.Placement;

/** The numbered parts of a report's body after the overview, each a paragraph or two and a table. */
final class ReportSections {

    private final Words words;
    private final List<Activity> activities;

    ReportSections(Words words, List<Activity> activities) {
        this.words = words;
        this.activities = activities;
    }

    /** II: every activity of the period with its dates, modality, status and outcome. */
    Section activities() {
        List<List<String>> rows = new ArrayList<>();
        for (Activity activity : activities) {
            rows.add(List.of(
                    String.valueOf(rows.size() + 1),
                    title(activity),
                    words.dates(activity.starts(), activity.ends()),
                    words.label("modality.", activity.modality().name()),
                    status(activity),
                    outcome(activity)));
        }
        return section(
                "II",
                "section.activities",
                List.of(),
                List.of(
                        "column.number",
                        "column.activity",
                        "column.dates",
                        "column.modality",
                        "column.status",
                        "column.outcome"),
                rows);
    }

    /** III: held, going ahead, postponed, cancelled, moved online, and what changed from each plan. */
    Section planAgainstActual() {
        List<Activity> changed = activities.stream()
                .filter(a -> a.status() == ActivityStatus.POSTPONED
                        || a.status() == ActivityStatus.CANCELLED
                        || a.movedOnline()
                        || a.rescheduled())
                .toList();
        List<List<String>> rows = new ArrayList<>();
        for (Activity activity : changed) {
            rows.add(List.of(
                    String.valueOf(rows.size() + 1),
                    title(activity),
                    words.dates(
                                    activity.plannedAs().getStarts(),
                                    activity.plannedAs().getEnds()) + "\n"
                            + words.label(
                                    "modality.",
                                    activity.plannedAs().getModality().name()),
                    change(activity),
                    activity.statusReason() == null ? "" : activity.statusReason()));
        }
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(words.get(
                "planVsActual.text",
                count(a -> a.status() == ActivityStatus.HELD),
                count(a -> a.status() == ActivityStatus.PLANNED),
                count(a -> a.status() == ActivityStatus.POSTPONED),
                count(a -> a.status() == ActivityStatus.CANCELLED),
                count(Activity::movedOnline),
                count(Activity::rescheduled)));
        if (!rows.isEmpty()) {
            paragraphs.add(words.get("planVsActual.changes"));
        }
        return section(
                "III",
                "section.planVsActual",
                paragraphs,
                List.of("column.number", "column.activity", "column.planned", "column.change", "column.reason"),
                rows);
    }

    /** IV: delegations sent abroad and received, with who led them. */
    Section delegations() {
        List<List<String>> rows = new ArrayList<>();
        for (Activity activity : activities) {
            DelegationDirection direction = ActivityFacts.delegation(activity);
            if (direction == null) {
                continue;
            }
            Delegation delegation = activity.plan().getDelegation();
            rows.add(List.of(
                    String.valueOf(rows.size() + 1),
                    title(activity),
                    words.label("direction.", direction.name()),
                    words.dates(activity.starts(), activity.ends()),
                    delegation == null || delegation.getHead() == null
                            ? ""
                            : delegation.getHead().getName()
                                    + (delegation.getHead().getPosition() == null
                                            ? ""
                                            : ", " + delegation.getHead().getPosition()),
                    delegation == null
                            ? ""
                            : String.join(
                                    "; ",
                                    delegation.getMemberAgencies().stream()
                                            .map(o -> o.getName())
                                            .toList())));
        }
        return section(
                "IV",
                "section.delegations",
                List.of(),
                List.of(
                        "column.number",
                        "column.activity",
                        "column.direction",
                        "column.dates",
                        "column.head",
                        "column.members"),
                rows);
    }

    /** V: trainings, courses and workshops, with how many took part (or are expected to). */
    Section trainings() {
        List<List<String>> rows = new ArrayList<>();
        for (Activity activity : activities) {
            if (!ActivityFacts.isTraining(activity)) {
                continue;
            }
            Integer participants = ActivityFacts.participants(activity);
            Integer planned = ActivityFacts.plannedParticipants(activity);
            rows.add(List.of(
                    String.valueOf(rows.size() + 1),
                    activity.plan().getTitle(),
                    words.dates(activity.starts(), activity.ends()),
                    String.join("; ", ActivityFacts.partnerNames(activity)),
                    participants != null
                            ? String.valueOf(participants)
                            : planned != null ? words.get("participants.planned", String.valueOf(planned)) : ""));
        }
        return section(
                "V",
                "section.trainings",
                List.of(),
                List.of("column.number", "column.activity", "column.dates", "column.partners", "column.participants"),
                rows);
    }

    /** VI: corrections recorded since the previous report to the same recipient, on any activity. */
    Section corrections(Corrections corrections) {
        List<List<String>> rows = new ArrayList<>();
        for (Corrections.Line line : corrections.lines()) {
            rows.add(List.of(
                    String.valueOf(rows.size() + 1),
                    line.activity().plan().getTitle(),
                    line.correction().field(),
                    Corrections.plain(line.correction().oldValue()),
                    Corrections.plain(line.correction().newValue()),
                    line.correction().reason(),
                    words.instant(line.correction().recordedAt())));
        }
        return section(
                "VI",
                "section.corrections",
                List.of(
                        corrections.since() == null
                                ? words.get("corrections.first", words.instant(corrections.from()))
                                : words.get("corrections.since", words.instant(corrections.since()))),
                List.of(
                        "column.number",
                        "column.activity",
                        "column.field",
                        "column.oldValue",
                        "column.newValue",
                        "column.reason",
                        "column.recordedAt"),
                rows);
    }

    /** VII: activities known only to the month or the year, and how the placement rule placed them. */
    Section imprecise() {
        List<List<String>> rows = new ArrayList<>();
        for (Activity activity : activities) {
            if (!Placement.isImprecise(activity)) {
                continue;
            }
            rows.add(List.of(
                    String.valueOf(rows.size() + 1),
                    activity.plan().getTitle(),
                    words.dates(activity.starts(), activity.ends()),
                    words.get("imprecise.within")));
        }
        return section(
                "VII",
                "section.imprecise",
                rows.isEmpty() ? List.of() : List.of(words.get("imprecise.rule")),
                List.of("column.number", "column.activity", "column.recorded", "column.placed"),
                rows);
    }

    private Section section(
            String number, String title, List<String> paragraphs, List<String> columns, List<List<String>> rows) {
        List<String> text = new ArrayList<>(paragraphs);
        if (rows.isEmpty() && paragraphs.isEmpty()) {
            text.add(words.get("none"));
        }
        return new Section(
                number,
                words.get(title),
                text,
                rows.isEmpty() ? List.of() : columns.stream().map(words::get).toList(),
                rows);
    }

    private String title(Activity activity) {
        List<String> partners = ActivityFacts.partnerNames(activity);
        return activity.plan().getTitle() + "\n"
                + words.label("track.", activity.track().name()) + " – "
                + words.label("kind.", ActivityFacts.kind(activity))
                + (partners.isEmpty() ? "" : "; " + String.join(", ", partners));
    }

    private String status(Activity activity) {
        List<String> flags = new ArrayList<>();
        flags.add(words.label("status.", activity.status().name()));
        if (activity.movedOnline()) {
            flags.add(words.get("flag.movedOnline"));
        }
        if (activity.rescheduled()) {
            flags.add(words.get("flag.rescheduled"));
        }
        if (Placement.isImprecise(activity)) {
            flags.add(words.get("flag.imprecise"));
        }
        return String.join("; ", flags);
    }

    private String outcome(Activity activity) {
        if (activity.outcome() == null) {
            return activity.statusReason() == null ? "" : activity.statusReason();
        }
        List<String> parts = new ArrayList<>(activity.outcome().getOutcomes());
        if (activity.outcome().getSummary() != null) {
            parts.add(0, activity.outcome().getSummary());
        }
        return String.join("\n", parts);
    }

    private String change(Activity activity) {
        List<String> changes = new ArrayList<>();
        changes.add(words.label("status.", activity.status().name()));
        if (activity.rescheduled() || activity.status() == ActivityStatus.HELD) {
            changes.add(words.dates(activity.starts(), activity.ends()));
        }
        if (activity.movedOnline()) {
            changes.add(words.get("flag.movedOnline"));
        }
        return String.join("\n", changes);
    }

    private long count(java.util.function.Predicate<Activity> which) {
        return activities.stream().filter(which).count();
    }
}
