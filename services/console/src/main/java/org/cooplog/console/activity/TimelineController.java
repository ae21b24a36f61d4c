package org.cooplog.console.activity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cooplog.console.api.ApiClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The timeline of every track, filtered. */
@Controller
class TimelineController {

    static final List<String> STATUSES = List.of("PLANNED", "POSTPONED", "HELD", "CANCELLED", "RETRACTED");

    private final ApiClient api;
    private final PartyNames parties;

    TimelineController(ApiClient api, PartyNames parties) {
        this.api = api;
        this.parties = parties;
    }

    @GetMapping("/")
    String home() {
        return "redirect:/activities";
    }

    /**
     * The timeline as filtered. A filter that cannot be read lists nothing, so that no one takes a list filtered
     * otherwise than they asked for the answer; the page says what to change next to the field.
     */
    @GetMapping("/activities")
    String timeline(@RequestParam Map<String, String> filters, Model model, Locale locale) {
        TimelineFilter filter = TimelineFilter.of(filters);
        List<Map<String, Object>> found = List.of();
        if (filter.readable()) {
            UriComponentsBuilder uri = api.projector("/api/activities");
            filter.query().forEach(uri::queryParam);
            found = api.get(uri.build().encode().toUri()).orThrow().list();
            found.forEach(activity -> activity.put("parties", parties.line(activity, locale)));
        }
        model.addAttribute("activities", found);
        model.addAttribute("filters", filters);
        model.addAttribute("filterErrors", filter.errors());
        model.addAttribute("statuses", STATUSES);
        model.addAttribute("modalities", Forms.MODALITIES);
        return "timeline";
    }
}
