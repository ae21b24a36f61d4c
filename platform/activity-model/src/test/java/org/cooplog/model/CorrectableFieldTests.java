package org.cooplog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.util.List;
import org.cooplog.events.activity.ActivityCorrected;
import org.cooplog.events.activity.ActivityHeld;
import org.cooplog.events.activity.ActivityRetracted;
import org.cooplog.events.common.Modality;
import org.cooplog.events.common.ParticipantCount;
import org.cooplog.events.common.ParticipantSide;
import org.cooplog.model.CorrectableField.Kind;
import org.junit.jupiter.api.Test;

/** The fields a correction of one activity can name, as a form offers them. */
class CorrectableFieldTests {

    @Test
    void aPlannedActivityOffersItsPlanAndDetailsWithTheirValuesNow() {
        List<CorrectableField> fields =
                CorrectableField.of(Chain.plannedWorkshop().activity());

        assertThat(fields)
                .contains(
                        new CorrectableField("plan.title", Kind.TEXT, false, List.of(), "Hội thảo với AFA"),
                        new CorrectableField("plan.starts", Kind.DATE, false, List.of(), "2021-03-17"),
                        new CorrectableField("plan.ends", Kind.DATE, true, List.of(), null),
                        new CorrectableField("plan.venue.city", Kind.TEXT, true, List.of(), "Hà Nội"),
                        new CorrectableField("details.topic", Kind.TEXT, false, List.of(), "Liêm chính"),
                        new CorrectableField("details.plannedParticipants", Kind.WHOLE_NUMBER, true, List.of(), null));
        assertThat(fields)
                .filteredOn(field -> field.field().equals("plan.modality"))
                .singleElement()
                .satisfies(modality -> {
                    assertThat(modality.kind()).isEqualTo(Kind.CHOICE);
                    assertThat(modality.choices()).containsExactly("IN_PERSON", "ONLINE", "HYBRID", "UNSPECIFIED");
                });
        assertThat(fields)
                .extracting(CorrectableField::field)
                .doesNotContain("plan.partners", "plan.delegation.size")
                .noneMatch(field -> field.startsWith("outcome."));
    }

    @Test
    void aHeldActivityAlsoOffersItsOutcomeAndARetractedOneNothing() {
        Chain chain = Chain.plannedWorkshop()
                .then(e -> ActivityHeld.newBuilder()
                        .setEnvelope(e)
                        .setStarts(PartialDates.parse("2021-03-17"))
                        .setModality(Modality.ONLINE)
                        .setOutcomes(List.of("Chia sẻ kinh nghiệm"))
                        .setParticipants(List.of(new ParticipantCount(ParticipantSide.VIETNAM, null, 40)))
                        .build());

        assertThat(CorrectableField.of(chain.activity()))
                .contains(
                        new CorrectableField(
                                "outcome.outcomes", Kind.LINES, false, List.of(), List.of("Chia sẻ kinh nghiệm")),
                        new CorrectableField("outcome.summary", Kind.TEXT, true, List.of(), null));

        chain.then(e -> new ActivityRetracted(e, "Ghi nhầm"));
        assertThat(CorrectableField.of(chain.activity())).isEmpty();
    }

    @Test
    void everyFieldOfferedIsOneTheFoldCorrects() {
        Chain chain = Chain.plannedWorkshop()
                .then(e -> ActivityHeld.newBuilder()
                        .setEnvelope(e)
                        .setStarts(PartialDates.parse("2021-03-17"))
                        .setModality(Modality.ONLINE)
                        .build());
        Activity held = chain.activity();

        for (CorrectableField field : CorrectableField.of(held)) {
            String value = AvroPlain.toJson(field.value());
            var correction = chain.next(e -> new ActivityCorrected(e, field.field(), value, value, "kiểm tra"));
            assertThatCode(() -> ActivityFold.apply(held, correction))
                    .as(field.field())
                    .doesNotThrowAnyException();
        }
    }
}
