package org.cooplog.faults.client;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import tools.jackson.databind.JsonNode;

/** The report projector's read side as the suite checks it: the timeline's activities and digests of answers. */
public final class ProjectorApi {

    private static final Duration READ_TIMEOUT = Duration.ofMinutes(2);

    private final ApiClient client;
    private final String url;

    public ProjectorApi(ApiClient client, String url) {
        this.client = client;
        this.url = url;
    }

    /** The ids of every activity on the timeline, or of those the query selects, e.g. {@code ?track=bilateral}. */
    public List<String> activityIds(String query) {
        ApiClient.Reply reply = client.get(url + "/api/activities" + query, READ_TIMEOUT);
        if (reply.status() != 200) {
            throw new IllegalStateException(
                    "GET /api/activities" + query + " answered " + reply.status() + ": " + reply.text());
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode activity : reply.json()) {
            ids.add(activity.get("activityId").asString());
        }
        return ids;
    }

    /** SHA-256 of the body of a GET, and the body's size: two answers are the same if these are. */
    public String digestOf(String path) {
        ApiClient.Reply reply = client.get(url + path, READ_TIMEOUT);
        if (reply.status() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + reply.status() + ": " + reply.text());
        }
        return sha256(reply.body()) + " (" + reply.body().length + " bytes)";
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
