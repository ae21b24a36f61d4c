package org.cooplog.apec.activity;

import java.util.List;
import org.cooplog.events.Track;
import org.cooplog.publisher.testing.BadInput;
import org.cooplog.publisher.testing.BadInputs;
import org.cooplog.publisher.testing.PublisherBadInputIntegrationTests;

/** The shared corpus of bad input against the APEC publisher and a real broker, with its year and meeting details. */
class ApecBadInputIntegrationTests extends PublisherBadInputIntegrationTests {

    @Override
    protected Track track() {
        return Track.APEC;
    }

    @Override
    protected String validDetails() {
        return """
                {"kind": "ACTWG_MEETING", "apecYear": 2021, "hostEconomy": "NZ", "meeting": "ACTWG 32"}""";
    }

    @Override
    protected List<BadInput> trackCases() {
        return List.of(
                meeting("\"apecYear\": 2021.5", "details.apecYear"),
                meeting("\"apecYear\": \"2021\"", "details.apecYear"),
                meeting("\"apecYear\": 1988", "details.apecYear"),
                meeting("\"apecYear\": 2021, \"meeting\": 32", "details.meeting"),
                meeting("\"apecYear\": 2021, \"agendaItems\": \"Kế hoạch công tác\"", "details.agendaItems"),
                meeting("\"apecYear\": 2021, \"agendaItems\": [\"\\u200b\\u200b\"]", "details.agendaItems[0]"));
    }

    private static BadInput meeting(String fields, String names) {
        return BadInputs.details("{\"kind\": \"ACTWG_MEETING\", \"hostEconomy\": \"NZ\", " + fields + "}", names);
    }
}
