package org.cooplog.reporting.content;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cooplog.model.Activity;
import org.cooplog.model.ActivityStatus;

/**
 * An activity in the cells of an annex table, as the signer reads it: its title with whom it was done, its dates,
 * where it stands in a verb that fits its kind, and what came of it.
 */
final class ActivityCells {

    private final Words words;
    private final LocalDate reportDay;

    /** @param reportDay the report's date: a planned activity whose dates are all before it awaits its outcome */
    ActivityCells(Words words, LocalDate reportDay) {
        this.words = words;
        this.reportDay = reportDay;
    }

    /** The title, and on a second line the partners, organisers and funders. */
    String title(Activity activity) {
        List<String> parties = new ArrayList<>();
        parties(parties, "annex.partners", ActivityFacts.partnerNames(activity));
        parties(parties, "annex.organisers", ActivityFacts.organiserNames(activity));
        parties(parties, "annex.funders", ActivityFacts.funderNames(activity));
        String title = activity.plan().getTitle();
        return parties.isEmpty() ? title : title + "\n" + String.join("; ", parties);
    }

    String dates(Activity activity, boolean marked) {
        return words.dates(activity.starts(), activity.ends()) + (marked ? " (*)" : "");
    }

    String modality(Activity activity) {
        return words.label("modality.", activity.modality().name());
    }

    /**
     * Where it stands: held in the verb of its kind ("Đã gửi ý kiến" for comments to the Ministry), a planned activity
     * whose dates have passed as awaiting its outcome, never as under way.
     */
    String status(Activity activity) {
        List<String> flags = new ArrayList<>();
        if (ActivityFacts.awaitingOutcome(activity, reportDay)) {
            flags.add(words.get("status.awaitingOutcome"));
        } else if (activity.status() == ActivityStatus.HELD && ActivityProse.vietNamChairs(activity)) {
            flags.add(words.get("held.chaired"));
        } else if (activity.status() == ActivityStatus.HELD && ActivityProse.vietNamHosts(activity)) {
            flags.add(words.get("held.hosted"));
        } else if (activity.status() == ActivityStatus.HELD && words.has("held." + ActivityFacts.kind(activity))) {
            flags.add(words.get("held." + ActivityFacts.kind(activity)));
        } else {
            flags.add(words.label("status.", activity.status().name()));
        }
        if (activity.movedOnline()) {
            flags.add(words.get("flag.movedOnline"));
        }
        if (activity.rescheduled()) {
            flags.add(words.get("flag.rescheduled"));
        }
        return String.join("; ", flags);
    }

    /** What came of it, and how many took part when someone counted; why, when it was postponed or cancelled. */
    String outcome(Activity activity) {
        if (activity.outcome() == null) {
            return activity.statusReason() == null ? "" : activity.statusReason();
        }
        List<String> lines = new ArrayList<>();
        if (activity.outcome().getSummary() != null) {
            lines.add(activity.outcome().getSummary());
        }
        lines.addAll(activity.outcome().getOutcomes());
        Integer participants = ActivityFacts.participants(activity);
        if (participants != null) {
            lines.add(words.get("annex.participants", String.valueOf(participants)));
        }
        return String.join("\n", lines);
    }

    /** Who follows the activity's track and can complete what is missing. */
    String desk(Activity activity) {
        return words.label("desk.", activity.track().name());
    }

    private void parties(List<String> parties, String key, List<String> names) {
        if (!names.isEmpty()) {
            parties.add(words.get(key, String.join(", ", names)));
        }
    }
}
