package org.cooplog.console.activity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cooplog.console.web.WrittenDates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One activity with where it stands and every event that made it, in words: fields by label, values as people write
 * them, and only the steps the activity can take now.
 */
@Controller
class ActivityController {

    /** One event of the history as the page lists it. */
    record HistoryRow(
            Object version, String event, String recordedAt, Object recordedBy, List<FieldWords.Line> lines) {}

    private final Activities activities;
    private final PartyNames parties;
    private final FieldWords words;

    ActivityController(Activities activities, PartyNames parties, FieldWords words) {
        this.activities = activities;
        this.parties = parties;
        this.words = words;
    }

    @GetMapping("/activities/{id}")
    String activity(@PathVariable String id, Model model, Locale locale) {
        String track = Activities.trackOf(id);
        Map<String, Object> activity = activities.get(track, id);
        Map<String, Object> plan = Activities.plan(activity);
        model.addAttribute("track", track);
        model.addAttribute("activity", activity);
        model.addAttribute("plan", plan);
        model.addAttribute("title", Activities.title(activity, locale));
        model.addAttribute("otherTitle", otherTitle(plan, locale));
        model.addAttribute("plannedAt", WrittenDates.time(activity.get("plannedAt")));
        model.addAttribute("state", state(activity, plan, locale));
        model.addAttribute("organisers", parties.organisers(activity.get("details"), locale));
        model.addAttribute("funders", parties.fullNames(plan.get("funders"), locale));
        model.addAttribute("details", words.lines("details", activity.get("details"), locale));
        model.addAttribute("outcome", words.lines("outcome", activity.get("outcome"), locale));
        model.addAttribute("history", history(activity, locale));
        model.addAttribute("steps", Activities.allowedSteps(activity));
        return "activity";
    }

    /** The title in the other language, under the main one, when there is one. */
    private static String otherTitle(Map<String, Object> plan, Locale locale) {
        Object english = plan.get("titleEn");
        if (english == null) {
            return null;
        }
        return "en".equals(locale.getLanguage()) ? String.valueOf(plan.get("title")) : english.toString();
    }

    /** Where the activity stands, each value in words. */
    private Map<String, String> state(Map<String, Object> activity, Map<String, Object> plan, Locale locale) {
        Map<String, String> state = new java.util.LinkedHashMap<>();
        state.put("starts", WrittenDates.show(plan.get("starts")));
        state.put("ends", plan.get("ends") == null ? "—" : WrittenDates.show(plan.get("ends")));
        state.put("modality", words.value("plan.modality", plan.get("modality"), locale));
        if (plan.get("venue") instanceof Map<?, ?> venue) {
            List<String> place = new ArrayList<>();
            if (venue.get("city") != null) {
                place.add(venue.get("city").toString());
            }
            if (venue.get("country") instanceof String country) {
                place.add(FieldWords.country(country, locale));
            }
            state.put("venue", String.join(", ", place));
        }
        if (activity.get("postponedUntil") != null) {
            state.put("until", WrittenDates.show(activity.get("postponedUntil")));
        }
        if (activity.get("statusReason") != null) {
            state.put("reason", activity.get("statusReason").toString());
        }
        return state;
    }

    @SuppressWarnings("unchecked")
    private List<HistoryRow> history(Map<String, Object> activity, Locale locale) {
        List<HistoryRow> rows = new ArrayList<>();
        if (activity.get("history") instanceof List<?> entries) {
            for (Object entry : entries) {
                Map<String, Object> event = (Map<String, Object>) entry;
                Map<String, Object> content =
                        event.get("content") instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
                rows.add(new HistoryRow(
                        event.get("version"),
                        String.valueOf(event.get("event")),
                        WrittenDates.time(event.get("recordedAt")),
                        event.get("recordedBy"),
                        words.content(content, locale)));
            }
        }
        return rows;
    }
}
