package org.cooplog.aseanpac.activity;

import java.util.List;
import org.cooplog.events.Track;
import org.cooplog.publisher.api.PublisherApiAutoConfiguration;
import org.cooplog.publisher.importing.PublisherImportAutoConfiguration;
import org.cooplog.publisher.testing.PublisherAccessMatrixTests;
import org.cooplog.security.testing.AccessMatrix.Cell;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;

/** The ASEAN-PAC publisher's access table: see {@link PublisherAccessMatrixTests}. */
@WebMvcTest
@ImportAutoConfiguration({PublisherApiAutoConfiguration.class, PublisherImportAutoConfiguration.class})
@Import(AseanPacTrack.class)
class AseanPacAccessMatrixTests extends PublisherAccessMatrixTests {

    static List<Cell> cells() {
        return endpoints(Track.ASEAN_PAC, AseanPacActivityControllerTests.SECRETARIAT)
                .cells();
    }

    @Override
    protected Track track() {
        return Track.ASEAN_PAC;
    }
}
