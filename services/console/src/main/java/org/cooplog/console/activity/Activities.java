package org.cooplog.console.activity;

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
}
