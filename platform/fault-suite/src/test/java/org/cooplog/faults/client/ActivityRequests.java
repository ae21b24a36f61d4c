package org.cooplog.faults.client;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import org.cooplog.events.Track;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Bodies of {@code POST /api/<track>/activities}: one real activity of each track, from the seeds, numbered in its
 * title so every request of a run is a different activity.
 */
public final class ActivityRequests {

    private final Map<Track, JsonNode> templates = new EnumMap<>(Track.class);

    public ActivityRequests() {
        for (Track track : Track.values()) {
            try (InputStream in = ActivityRequests.class.getResourceAsStream(track.slug() + ".json")) {
                templates.put(track, ApiClient.JSON.readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** The plan of activity number {@code n} of a run named {@code run}. */
    public String plan(Track track, String run, int n) {
        ObjectNode body = (ObjectNode) templates.get(track).deepCopy();
        ObjectNode plan = (ObjectNode) body.get("plan");
        plan.put("title", plan.get("title").asString() + " [" + run + " #" + n + "]");
        return ApiClient.JSON.writeValueAsString(body);
    }

    /** A correction of the plan's summary, the field every track's plan has. */
    public static String correction(String summary) {
        ObjectNode body = ApiClient.JSON.createObjectNode();
        body.put("field", "plan.summary");
        body.put("newValue", summary);
        body.put("reason", "Bổ sung nội dung theo biên bản");
        return ApiClient.JSON.writeValueAsString(body);
    }
}
