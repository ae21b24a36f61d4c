package org.cooplog.bilateral.activity;

import java.util.List;
import org.cooplog.events.Track;
import org.cooplog.publisher.api.PublisherApiAutoConfiguration;
import org.cooplog.publisher.importing.PublisherImportAutoConfiguration;
import org.cooplog.publisher.testing.PublisherAccessMatrixTests;
import org.cooplog.security.testing.AccessMatrix.Cell;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;

/** The bilateral publisher's access table: see {@link PublisherAccessMatrixTests}. */
@WebMvcTest
@ImportAutoConfiguration({PublisherApiAutoConfiguration.class, PublisherImportAutoConfiguration.class})
@Import(BilateralTrack.class)
class BilateralAccessMatrixTests extends PublisherAccessMatrixTests {

    static final String PLAN = """
            {"plan": {"title": "Khóa đào tạo trực tuyến về liêm chính", "starts": "2021-10-18", "modality": "ONLINE",
                      "partners": [{"name": "Trường Hành chính công Cộng hòa Pháp", "abbreviation": "INSP", "country": "FR"}]},
             "details": {"kind": "TRAINING", "partnerCountry": "FR", "topic": "Liêm chính"}}
            """;

    static List<Cell> cells() {
        return endpoints(Track.BILATERAL, PLAN).cells();
    }

    @Override
    protected Track track() {
        return Track.BILATERAL;
    }
}
