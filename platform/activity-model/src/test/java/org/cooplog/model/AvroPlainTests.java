package org.cooplog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import org.cooplog.events.common.ActivityPlan;
import org.cooplog.events.common.Modality;
import org.junit.jupiter.api.Test;

class AvroPlainTests {

    @Test
    void readsEveryKindOfJsonValueTheSameWithOrWithoutEscapes() {
        assertThat(AvroPlain.fromJson("\"Hải Phòng\"")).isEqualTo("Hải Phòng");
        assertThat(AvroPlain.fromJson("\"\"")).isEqualTo("");
        assertThat(AvroPlain.fromJson("\"Hội thảo \\\"AFA\\\"\\nlần 2\"")).isEqualTo("Hội thảo \"AFA\"\nlần 2");
        assertThat(AvroPlain.fromJson("\"\\u0048\u00e0\"")).isEqualTo("Hà");
        assertThat(AvroPlain.fromJson("null")).isNull();
        assertThat(AvroPlain.fromJson("40")).isEqualTo(40);
    }

    @Test
    void writesAPlanAsPeopleReadIt() {
        ActivityPlan plan = Chain.plannedWorkshop().activity().plan();

        @SuppressWarnings("unchecked")
        Map<String, Object> plain = (Map<String, Object>) AvroPlain.toPlain(ActivityPlan.getClassSchema(), plan);

        assertThat(plain)
                .containsEntry("title", "Hội thảo với AFA")
                .containsEntry("starts", "2021-03-17")
                .containsEntry("ends", null)
                .containsEntry("modality", "IN_PERSON")
                .containsEntry("venue", Map.of("city", "Hà Nội", "country", "VN"));
        assertThat(AvroPlain.toJson(plain)).contains("\"starts\":\"2021-03-17\"");
    }

    @Test
    void readsBackWhatItWrites() {
        ActivityPlan plan = Chain.plannedWorkshop().activity().plan();
        Object plain = AvroPlain.fromJson(AvroPlain.toJson(AvroPlain.toPlain(ActivityPlan.getClassSchema(), plan)));

        assertThat(AvroPlain.fromPlain(ActivityPlan.getClassSchema(), plain, "plan"))
                .isEqualTo(plan);
    }

    @Test
    void fillsOmittedOptionalFieldsWithTheirDefaults() {
        Object plan = AvroPlain.fromPlain(
                ActivityPlan.getClassSchema(),
                Map.of("title", "Hội thảo", "starts", "2021-09", "modality", "ONLINE"),
                "plan");

        assertThat(plan).isInstanceOfSatisfying(ActivityPlan.class, p -> {
            assertThat(p.getModality()).isEqualTo(Modality.ONLINE);
            assertThat(p.getPartners()).isEmpty();
            assertThat(p.getVenue()).isNull();
        });
    }

    @Test
    void saysWhereAValueDoesNotFit() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AvroPlain.fromPlain(
                        ActivityPlan.getClassSchema(),
                        Map.of("title", "x", "starts", "2021", "modality", "ONLINE", "venue", Map.of("city", "Huế")),
                        "plan"))
                .withMessage("plan.venue.country is missing");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> AvroPlain.fromPlain(
                        ActivityPlan.getClassSchema(),
                        Map.of("title", 7, "starts", "2021", "modality", "ONLINE"),
                        "plan"))
                .withMessage("plan.title must be text");
    }
}
