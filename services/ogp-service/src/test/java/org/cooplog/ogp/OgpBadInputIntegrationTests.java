package org.cooplog.ogp;

import java.util.List;
import org.cooplog.events.Track;
import org.cooplog.publisher.testing.BadInput;
import org.cooplog.publisher.testing.BadInputs;
import org.cooplog.publisher.testing.PublisherBadInputIntegrationTests;

/** The shared corpus of bad input against the OGP publisher and a real broker, with its eligibility assessments. */
class OgpBadInputIntegrationTests extends PublisherBadInputIntegrationTests {

    private static final String ASSESSED_BY = "\"assessedBy\": {\"name\": \"Đơn vị Hỗ trợ OGP\"}";

    @Override
    protected Track track() {
        return Track.OGP;
    }

    @Override
    protected String validDetails() {
        return """
                {"kind": "SUMMIT"}""";
    }

    @Override
    protected List<BadInput> trackCases() {
        return List.of(
                BadInputs.details("{\"kind\": 3}", "details.kind"),
                BadInputs.details("{\"kind\": \"summit\"}", "details.kind"),
                assessment(
                        "\"assessedOn\": \"2099-05\", \"score\": 8, \"maximum\": 16, \"required\": 12", "assessedOn"),
                assessment("\"assessedOn\": \"1066\", \"score\": 8, \"maximum\": 16, \"required\": 12", "assessedOn"),
                assessment("\"assessedOn\": \"2019-05\", \"score\": \"8\", \"maximum\": 16, \"required\": 12", "score"),
                assessment("\"assessedOn\": \"2019-05\", \"score\": 8.5, \"maximum\": 16, \"required\": 12", "score"),
                assessment(
                        "\"assessedOn\": \"2019-05\", \"score\": 8, \"maximum\": 16, \"required\": 12,"
                                + " \"note\": \"a\\u202eb\"",
                        "note"));
    }

    private static BadInput assessment(String fields, String names) {
        return BadInputs.commandCase("eligibility-assessments", "{" + ASSESSED_BY + ", " + fields + "}", names);
    }
}
