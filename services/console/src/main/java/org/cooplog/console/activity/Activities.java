package org.cooplog.console.activity;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.cooplog.console.api.ApiAnswer;
import org.cooplog.console.api.ApiClient;
import org.cooplog.console.security.SignedInUser;
import org.springframework.stereotype.Component;

/** Reads one activity from its track's publisher, which answers at once after a change, with its ETag. */
@Component
class Activities {

    private final ApiClient api;

    Activities(ApiClient api) {
        this.api = api;
    }

    /** The track of an activity id: {@code bilateral-0f8f…} is bilateral's. */
    static String trackOf(String activityId) {
        int dash = activityId.indexOf('-');
        String track = dash < 0 ? activityId : activityId.substring(0, dash);
        if (!SignedInUser.TRACKS.contains(track)) {
            throw new org.cooplog.console.UnknownTrackException(track);
        }
        return track;
    }

    ApiAnswer find(String track, String id) {
        return api.get(api.publisher(track, "/api/" + track + "/activities/{id}")
                .buildAndExpand(id)
                .toUri());
    }

    Map<String, Object> get(String track, String id) {
        return find(track, id).orThrow().object();
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> plan(Map<String, Object> activity) {
        return activity.get("plan") instanceof Map<?, ?> plan ? (Map<String, Object>) plan : Map.of();
    }

    /** The activity's title in the reader's language: the English one in English, when there is one. */
    static String title(Map<String, Object> activity, Locale locale) {
        Map<String, Object> plan = plan(activity);
        Object english = plan.get("titleEn");
        return "en".equals(locale.getLanguage()) && english != null
                ? english.toString()
                : String.valueOf(plan.get("title"));
    }

    /**
     * The steps the activity can take now, as its publisher says, in the order the page offers them; a page offers no
     * other step, since the publisher would refuse it.
     */
    static List<String> allowedSteps(Map<String, Object> activity) {
        List<?> allowed = activity.get("allowedSteps") instanceof List<?> list ? list : List.of();
        return Forms.STEP_ORDER.stream().filter(allowed::contains).toList();
    }
}
