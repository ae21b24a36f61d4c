package org.cooplog.projector.activity;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.cooplog.model.Activity;
import org.cooplog.model.ActivityStatus;
import org.cooplog.projector.log.LiveModel;
import org.cooplog.reporting.period.Placement;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Read-only view of every activity in the log, across tracks: the timeline. */
@RestController
@RequestMapping("/api/activities")
class ActivityController {

    private final LiveModel model;

    ActivityController(LiveModel model) {
        this.model = model;
    }

    /**
     * The activities, by start date, filtered as asked.
     *
     * @param track a track's slug, e.g. {@code bilateral}
     * @param q words of the title, in Vietnamese or English, all of them, in any order ({@link ActivitySearch#titled})
     * @param partner who it was with, as organiser, funder or partner: an ISO country code, a country's name in
     *     Vietnamese or English, or an organisation's abbreviation or name; or that name in the title or summary
     *     ({@link ActivitySearch#withPartner})
     * @param from only activities placed on or after this day
     * @param to only activities placed on or before this day
     */
    @GetMapping
    List<ActivitySummary> list(
            @RequestParam(required = false) String track,
            @RequestParam(required = false) String q,
            @RequestParam(required = false) ActivityStatus status,
            @RequestParam(required = false) String modality,
            @RequestParam(required = false) String partner,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "false") boolean includeRetracted) {
        return model.snapshot().model().activities().stream()
                .filter(a -> includeRetracted || a.status() != ActivityStatus.RETRACTED)
                .filter(a -> track == null || a.track().slug().equals(track.toLowerCase(Locale.ROOT)))
                .filter(a -> status == null || a.status() == status)
                .filter(a -> modality == null || a.modality().name().equalsIgnoreCase(modality))
                .filter(q == null || q.isBlank() ? a -> true : ActivitySearch.titled(q))
                .filter(partner == null || partner.isBlank() ? a -> true : ActivitySearch.withPartner(partner))
                .filter(a -> from == null || !Placement.anchor(a).isBefore(from))
                .filter(a -> to == null || !Placement.anchor(a).isAfter(to))
                .sorted(Comparator.comparing(Placement::anchor).thenComparing(Activity::id))
                .map(ActivitySummary::of)
                .toList();
    }

    /** One activity as it stands, with its plan, details, outcome and corrections. */
    @GetMapping("/{id}")
    ActivityDetail get(@PathVariable String id) {
        return model.snapshot()
                .model()
                .activity(id)
                .map(ActivityDetail::of)
                .orElseThrow(
                        () -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No activity " + id + " in the log"));
    }
}
