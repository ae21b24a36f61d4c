package org.cooplog.uncac.activity;

import java.util.List;
import org.cooplog.events.Track;
import org.cooplog.publisher.testing.BadInput;
import org.cooplog.publisher.testing.BadInputs;
import org.cooplog.publisher.testing.PublisherBadInputIntegrationTests;

/** The shared corpus of bad input against the UNCAC publisher and a real broker, with its session details. */
class UncacBadInputIntegrationTests extends PublisherBadInputIntegrationTests {

    @Override
    protected Track track() {
        return Track.UNCAC;
    }

    @Override
    protected String validDetails() {
        return """
                {"kind": "BODY_SESSION", "session": {"body": "IMPLEMENTATION_REVIEW_GROUP", "number": 12}}""";
    }

    @Override
    protected List<BadInput> trackCases() {
        return List.of(
                session("\"number\": 12.5", "details.session.number"),
                session("\"number\": \"12\"", "details.session.number"),
                session("\"number\": 12, \"resumed\": \"yes\"", "details.session.resumed"),
                session("\"number\": 12, \"resumed\": 1", "details.session.resumed"));
    }

    private static BadInput session(String fields, String names) {
        return BadInputs.details(
                "{\"kind\": \"BODY_SESSION\", \"session\": {\"body\": \"IMPLEMENTATION_REVIEW_GROUP\", " + fields
                        + "}}",
                names);
    }
}
