package org.cooplog.console.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class HistoryLinesTests {

    /** Planned for 18 Oct 2021, moved to 20–21 Oct, held on the 21st, then its title corrected. */
    static final String HISTORY = """
            {"activityId": "bilateral-1", "events": [
              {"version": 1, "eventType": "BilateralActivityPlanned", "occurredOn": null,
               "recordedAt": "2026-12-03T02:12:00Z",
               "change": {"plan": {"title": "Tập huấn trực tuyến", "titleEn": "Online training", "starts": "2021-10-18",
                                   "ends": null}}},
              {"version": 2, "eventType": "ActivityRescheduled", "occurredOn": null,
               "recordedAt": "2026-12-03T03:00:00Z", "change": {"starts": "2021-10-20", "ends": "2021-10-21"}},
              {"version": 3, "eventType": "ActivityHeld", "occurredOn": "2021-10-21",
               "recordedAt": "2026-12-03T04:00:00Z", "change": {}},
              {"version": 4, "eventType": "ActivityCorrected", "occurredOn": null,
               "recordedAt": "2026-12-03T05:00:00Z", "change": {},
               "correction": {"field": "plan.starts", "oldValue": "\\"2021-10-20\\"", "newValue": "\\"2021-10-19\\"",
                              "reason": "Gõ nhầm"}}]}
            """;

    @Test
    void everyEventHasTheDayItHappenedOrTheDayThePlanThenHeld() {
        HistoryLines history = HistoryLines.of(parse(HISTORY));

        assertThat(history.lines())
                .extracting(line -> line.get("occurred"), line -> line.get("planned"))
                .containsExactly(
                        tuple(null, "18/10/2021"),
                        tuple(null, "20/10/2021 – 21/10/2021"),
                        tuple("21/10/2021", "20/10/2021 – 21/10/2021"),
                        tuple(null, "19/10/2021 – 21/10/2021"));
    }

    @Test
    void timesAreOnVietNamsClockAndCorrectedValuesAsPeopleWriteThem() {
        HistoryLines history = HistoryLines.of(parse(HISTORY));

        assertThat(history.lines())
                .extracting(line -> line.get("recorded"))
                .first()
                .isEqualTo("03/12/2026 09:12");
        assertThat(history.lines().get(3))
                .containsEntry("oldValue", "20/10/2021")
                .containsEntry("newValue", "19/10/2021");
        assertThat(List.of(history.title(), history.titleEn()))
                .containsExactly("Tập huấn trực tuyến", "Online training");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String json) {
        return JsonMapper.builder().build().readValue(json, Map.class);
    }
}
