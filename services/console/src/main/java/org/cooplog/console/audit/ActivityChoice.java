package org.cooplog.console.audit;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.cooplog.console.api.ApiClient;
import org.cooplog.console.security.SignedInUser;
import org.springframework.stereotype.Component;

/**
 * Which activity an auditor means by what they typed: its id, or words of its title. People know activities by
 * title; ids are for those who copy them from elsewhere. Retracted activities are included, since their history is
 * what an auditor may be looking for.
 */
@Component
class ActivityChoice {

    private static final Pattern ID = Pattern.compile(
            "(" + String.join("|", SignedInUser.TRACKS)
                    + ")-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}",
            Pattern.CASE_INSENSITIVE);

    private final ApiClient api;

    ActivityChoice(ApiClient api) {
        this.api = api;
    }

    static boolean isId(String typed) {
        return ID.matcher(typed.strip()).matches();
    }

    /** The activities whose title has the words typed, by start date. */
    List<Map<String, Object>> titled(String words) {
        return api.get(api.projector("/api/activities")
                        .queryParam("q", words.strip())
                        .queryParam("includeRetracted", true)
                        .build()
                        .encode()
                        .toUri())
                .orThrow()
                .list();
    }

    /** Every activity of the log, retracted ones too. */
    List<Map<String, Object>> all() {
        return api.get(api.projector("/api/activities")
                        .queryParam("includeRetracted", true)
                        .build()
                        .toUri())
                .orThrow()
                .list();
    }
}
