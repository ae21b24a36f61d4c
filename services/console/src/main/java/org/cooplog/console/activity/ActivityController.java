package org.cooplog.console.activity;

import java.util.Locale;
import java.util.Map;
import org.cooplog.console.web.Flat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** One activity with where it stands and every event that made it. */
@Controller
class ActivityController {

    private final Activities activities;
    private final PartyNames parties;

    ActivityController(Activities activities, PartyNames parties) {
        this.activities = activities;
        this.parties = parties;
    }

    @GetMapping("/activities/{id}")
    String activity(@PathVariable String id, Model model, Locale locale) {
        String track = Activities.trackOf(id);
        Map<String, Object> activity = activities.get(track, id);
        model.addAttribute("track", track);
        model.addAttribute("activity", activity);
        model.addAttribute("plan", activity.get("plan"));
        model.addAttribute("organisers", parties.organisers(activity.get("details"), locale));
        model.addAttribute(
                "funders",
                parties.fullNames(activity.get("plan") instanceof Map<?, ?> plan ? plan.get("funders") : null, locale));
        model.addAttribute("details", Flat.of(activity.get("details")));
        model.addAttribute("outcome", Flat.of(activity.get("outcome")));
        model.addAttribute("steps", Forms.STEP_ORDER);
        return "activity";
    }
}
