package org.cooplog.ogp.activity;

import static org.springframework.http.HttpMethod.POST;
import static org.springframework.http.MediaType.APPLICATION_JSON;

import java.util.List;
import org.cooplog.events.Track;
import org.cooplog.publisher.api.PublisherApiAutoConfiguration;
import org.cooplog.publisher.importing.PublisherImportAutoConfiguration;
import org.cooplog.publisher.testing.PublisherAccessMatrixTests;
import org.cooplog.security.testing.AccessMatrix.Cell;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;

/** The OGP publisher's access table: see {@link PublisherAccessMatrixTests}. */
@WebMvcTest
@ImportAutoConfiguration({PublisherApiAutoConfiguration.class, PublisherImportAutoConfiguration.class})
@Import(OgpTrack.class)
class OgpAccessMatrixTests extends PublisherAccessMatrixTests {

    static List<Cell> cells() {
        return endpoints(Track.OGP, OgpActivityControllerTests.VALID)
                .endpoint(
                        POST,
                        "/api/ogp/activities/ogp-1/eligibility-assessments",
                        APPLICATION_JSON,
                        "{}",
                        400,
                        deskOf(Track.OGP))
                .cells();
    }

    @Override
    protected Track track() {
        return Track.OGP;
    }
}
