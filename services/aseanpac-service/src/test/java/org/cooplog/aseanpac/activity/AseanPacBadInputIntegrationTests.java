package org.cooplog.aseanpac.activity;

import java.util.List;
import org.cooplog.events.Track;
import org.cooplog.publisher.testing.BadInput;
import org.cooplog.publisher.testing.BadInputs;
import org.cooplog.publisher.testing.PublisherBadInputIntegrationTests;

/** The shared corpus of bad input against the ASEAN-PAC publisher and a real broker, with its meeting details. */
class AseanPacBadInputIntegrationTests extends PublisherBadInputIntegrationTests {

    @Override
    protected Track track() {
        return Track.ASEAN_PAC;
    }

    @Override
    protected String validDetails() {
        return """
                {"kind": "SECRETARIAT_MEETING", "meetingNumber": 17, "chairYear": 2021, "chair": "VN"}""";
    }

    @Override
    protected List<BadInput> trackCases() {
        return List.of(
                meeting("\"meetingNumber\": 17.5, \"chairYear\": 2021, \"chair\": \"VN\"", "details.meetingNumber"),
                meeting("\"meetingNumber\": \"17\", \"chairYear\": 2021, \"chair\": \"VN\"", "details.meetingNumber"),
                meeting("\"meetingNumber\": 17, \"chairYear\": 2021, \"chair\": \"FR\"", "details.chair"),
                meeting("\"meetingNumber\": 17, \"chairYear\": 2021, \"chair\": \"vn\"", "details.chair"),
                meeting("\"meetingNumber\": 17, \"chairYear\": true, \"chair\": \"VN\"", "details.chairYear"),
                meeting(
                        "\"meetingNumber\": 17, \"chairYear\": 2021, \"chair\": \"VN\", \"relatedActivityId\": 5",
                        "details.relatedActivityId"));
    }

    private static BadInput meeting(String fields, String names) {
        return BadInputs.details("{\"kind\": \"SECRETARIAT_MEETING\", " + fields + "}", names);
    }
}
