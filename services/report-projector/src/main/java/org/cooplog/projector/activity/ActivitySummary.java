package org.cooplog.projector.activity;

import java.time.Instant;
import java.util.List;
import org.apache.avro.Schema;
import org.cooplog.events.common.Organisation;
import org.cooplog.model.Activity;
import org.cooplog.model.ActivityParties;
import org.cooplog.model.PartialDates;

/**
 * One line of the timeline. Dates are written as precisely as they are known: 2021-10-18, 2021-09 or 2021. Who
 * organised and who funded stand beside the partners, in full, so the console can name them in its reader's language.
 *
 * @param partners the plan's partners by abbreviation or name, as the timeline always listed them
 * @param titleEn the English title, or null when there is none
 * @param partnerCountry the ISO code of the country a bilateral activity is with, or null
 * @param plannedAt when its first event was recorded: the log holds nothing of it before
 */
record ActivitySummary(
        String activityId,
        String track,
        String kind,
        String title,
        String titleEn,
        String starts,
        String ends,
        String modality,
        String status,
        boolean movedOnline,
        boolean rescheduled,
        List<String> partners,
        List<Party> organisers,
        List<Party> funders,
        String partnerCountry,
        int version,
        Instant plannedAt,
        Instant lastRecordedAt) {

    static ActivitySummary of(Activity activity) {
        ActivityParties parties = ActivityParties.of(activity);
        return new ActivitySummary(
                activity.id(),
                activity.track().slug(),
                kind(activity),
                activity.plan().getTitle(),
                activity.plan().getTitleEn(),
                PartialDates.format(activity.starts()),
                activity.ends() == null ? null : PartialDates.format(activity.ends()),
                activity.modality().name(),
                activity.status().name(),
                activity.movedOnline(),
                activity.rescheduled(),
                activity.plan().getPartners().stream()
                        .map(p -> p.getAbbreviation() != null ? p.getAbbreviation() : p.getName())
                        .toList(),
                parties.organisers().stream().map(Party::of).toList(),
                parties.funders().stream().map(Party::of).toList(),
                parties.partnerCountry(),
                activity.version(),
                activity.plannedAt(),
                activity.lastRecordedAt());
    }

    /** An organisation as the timeline names it: in Vietnamese and English, by abbreviation, by country. */
    record Party(String name, String nameEn, String abbreviation, String country) {

        static Party of(Organisation organisation) {
            return new Party(
                    organisation.getName(),
                    organisation.getNameEn(),
                    organisation.getAbbreviation(),
                    organisation.getCountry());
        }
    }

    private static String kind(Activity activity) {
        Schema.Field kind = activity.details().getSchema().getField("kind");
        return kind == null ? null : String.valueOf(activity.details().get(kind.pos()));
    }
}
