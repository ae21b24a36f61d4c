package org.cooplog.bilateral.activity;

import java.util.List;
import org.cooplog.events.Track;
import org.cooplog.publisher.testing.BadInput;
import org.cooplog.publisher.testing.BadInputs;
import org.cooplog.publisher.testing.PublisherBadInputIntegrationTests;

/** The shared corpus of bad input against the bilateral publisher and a real broker. */
class BilateralBadInputIntegrationTests extends PublisherBadInputIntegrationTests {

    @Override
    protected Track track() {
        return Track.BILATERAL;
    }

    @Override
    protected String validDetails() {
        return """
                {"kind": "TRAINING", "partnerCountry": "FR", "topic": "Liêm chính, đạo đức và PCTN"}""";
    }

    @Override
    protected List<BadInput> trackCases() {
        String valid = "\"partnerCountry\": \"FR\", \"topic\": \"Liêm chính\"";
        return List.of(
                BadInputs.details("{\"kind\": 0, " + valid + "}", "details.kind"),
                BadInputs.details("{\"kind\": \"training\", " + valid + "}", "details.kind"),
                BadInputs.details(
                        "{\"kind\": \"TRAINING\", " + valid + ", \"plannedParticipants\": 1.5}",
                        "details.plannedParticipants"),
                BadInputs.details(
                        "{\"kind\": \"TRAINING\", " + valid + ", \"plannedParticipants\": \"10\"}",
                        "details.plannedParticipants"),
                BadInputs.details(
                        "{\"kind\": \"TRAINING\", " + valid + ", \"plannedParticipants\": 1e3}",
                        "details.plannedParticipants"),
                BadInputs.details(
                        "{\"kind\": \"TRAINING\", \"partnerCountry\": \"France\", \"topic\": \"Liêm chính\"}",
                        "details.partnerCountry"),
                BadInputs.details(
                        "{\"kind\": \"TRAINING\", \"partnerCountry\": \"FR\", \"topic\": 12345}", "details.topic"),
                BadInputs.details(
                        "{\"kind\": \"TRAINING\", \"partnerCountry\": \"FR\", \"topic\": \"\\u200b\"}",
                        "details.topic"));
    }
}
