package org.cooplog.projector.activity;

import java.time.Instant;
import java.util.List;
import org.apache.avro.Schema;
import org.cooplog.events.common.Organisation;
import org.cooplog.model.Activity;
import org.cooplog.model.PartialDates;

/** One line of the timeline. Dates are written as precisely as they are known: 2021-10-18, 2021-09 or 2021. */
record ActivitySummary(
        String activityId,
        String track,
        String kind,
        String title,
        String starts,
        String ends,
        String modality,
        String status,
        boolean movedOnline,
        boolean rescheduled,
        List<String> partners,
        int version,
        Instant lastRecordedAt) {

    static ActivitySummary of(Activity activity) {
        return new ActivitySummary(
                activity.id(),
                activity.track().slug(),
                kind(activity),
                activity.plan().getTitle(),
                PartialDates.format(activity.starts()),
                activity.ends() == null ? null : PartialDates.format(activity.ends()),
                activity.modality().name(),
                activity.status().name(),
                activity.movedOnline(),
                activity.rescheduled(),
                activity.plan().getPartners().stream()
                        .map(p -> p.getAbbreviation() != null ? p.getAbbreviation() : p.getName())
                        .toList(),
                activity.version(),
                activity.lastRecordedAt());
    }

    static boolean hasPartner(Activity activity, String partner) {
        Schema.Field country = activity.details().getSchema().getField("partnerCountry");
        if (country != null
                && partner.equalsIgnoreCase(String.valueOf(activity.details().get(country.pos())))) {
            return true;
        }
        for (Organisation organisation : activity.plan().getPartners()) {
            if (partner.equalsIgnoreCase(organisation.getCountry())
                    || partner.equalsIgnoreCase(organisation.getAbbreviation())
                    || partner.equalsIgnoreCase(organisation.getName())) {
                return true;
            }
        }
        return false;
    }

    private static String kind(Activity activity) {
        Schema.Field kind = activity.details().getSchema().getField("kind");
        return kind == null ? null : String.valueOf(activity.details().get(kind.pos()));
    }
}
