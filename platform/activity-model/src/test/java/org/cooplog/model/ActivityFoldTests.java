package org.cooplog.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.cooplog.events.Track;
import org.cooplog.events.activity.ActivityCancelled;
import org.cooplog.events.activity.ActivityCorrected;
import org.cooplog.events.activity.ActivityHeld;
import org.cooplog.events.activity.ActivityModalityChanged;
import org.cooplog.events.activity.ActivityPostponed;
import org.cooplog.events.activity.ActivityRescheduled;
import org.cooplog.events.activity.ActivityRetracted;
import org.cooplog.events.bilateral.BilateralActivityPlanned;
import org.cooplog.events.bilateral.BilateralDetails;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.common.Modality;
import org.cooplog.events.common.Organisation;
import org.cooplog.events.common.ParticipantCount;
import org.cooplog.events.common.ParticipantSide;
import org.cooplog.events.common.Sha256;
import org.cooplog.events.common.Venue;
import org.cooplog.events.ogp.OgpEligibilityAssessed;
import org.cooplog.model.RejectedEvent.Reason;
import org.junit.jupiter.api.Test;

class ActivityFoldTests {

    @Test
    void aPlannedEventOpensAnActivity() {
        Activity activity = Chain.plannedWorkshop().activity();

        assertThat(activity.track()).isEqualTo(Track.BILATERAL);
        assertThat(activity.version()).isEqualTo(1);
        assertThat(activity.status()).isEqualTo(ActivityStatus.PLANNED);
        assertThat(activity.plan().getTitle()).isEqualTo("Hội thảo với AFA");
        assertThat(activity.plannedBy()).isEqualTo("desk.bilateral");
    }

    @Test
    void movingOnlineAndHoldingKeepsWhatWasPlanned() {
        Chain chain = Chain.plannedWorkshop()
                .then(e -> new ActivityRescheduled(e, PartialDates.parse("2021-03"), null, "Covid-19"))
                .then(e -> new ActivityModalityChanged(e, Modality.ONLINE, null, "Covid-19"))
                .then(e -> ActivityHeld.newBuilder()
                        .setEnvelope(e)
                        .setStarts(PartialDates.parse("2021-03-17"))
                        .setModality(Modality.ONLINE)
                        .setOutcomes(List.of("Chia sẻ kinh nghiệm của Pháp về kiểm soát xung đột lợi ích"))
                        .setParticipants(List.of(new ParticipantCount(ParticipantSide.VIETNAM, null, 40)))
                        .build());
        Activity activity = chain.activity();

        assertThat(activity.version()).isEqualTo(4);
        assertThat(activity.status()).isEqualTo(ActivityStatus.HELD);
        assertThat(activity.plannedAs().getModality()).isEqualTo(Modality.IN_PERSON);
        assertThat(activity.plannedAs().getStarts()).isEqualTo(PartialDates.parse("2021-03-17"));
        assertThat(activity.plan().getStarts()).isEqualTo(PartialDates.parse("2021-03"));
        assertThat(activity.plan().getVenue()).isNull();
        assertThat(activity.movedOnline()).isTrue();
        assertThat(activity.rescheduled()).isTrue();
        assertThat(activity.starts()).isEqualTo(PartialDates.parse("2021-03-17"));
        assertThat(activity.outcome().getParticipants())
                .singleElement()
                .extracting(ParticipantCount::getCount)
                .isEqualTo(40);
    }

    @Test
    void foldingNeverChangesTheActivityItWasGiven() {
        Chain chain = Chain.plannedWorkshop();
        Activity before = chain.activity();
        String titleBefore = before.plan().getTitle();

        chain.then(e -> new ActivityCorrected(
                e, "plan.title", "\"Hội thảo với AFA\"", "\"Hội thảo tập huấn với AFA\"", "lỗi chính tả"));

        assertThat(before.plan().getTitle()).isEqualTo(titleBefore);
        assertThat(chain.activity().plan().getTitle()).isEqualTo("Hội thảo tập huấn với AFA");
    }

    @Test
    void aCorrectionDeepInThePlanLeavesTheActivityBeforeAsItWasAndSharesTheRest() {
        Chain chain = Chain.plannedWorkshop();
        Activity before = chain.activity();

        chain.then(e -> new ActivityCorrected(e, "plan.venue.city", "\"Hà Nội\"", "\"Hải Phòng\"", "sai địa điểm"));

        assertThat(before.plan().getVenue().getCity()).isEqualTo("Hà Nội");
        assertThat(before.plannedAs().getVenue().getCity()).isEqualTo("Hà Nội");
        assertThat(chain.activity().plan().getVenue().getCity()).isEqualTo("Hải Phòng");
        assertThat(chain.activity().plan().getPartners()).isSameAs(before.plan().getPartners());
    }

    @Test
    void aPostponedActivityMayBeRescheduledHeldOrCancelled() {
        Chain chain =
                Chain.plannedWorkshop().then(e -> new ActivityPostponed(e, "Covid-19", PartialDates.parse("2021-09")));
        assertThat(chain.activity().status()).isEqualTo(ActivityStatus.POSTPONED);
        assertThat(chain.activity().postponedUntil()).isEqualTo(PartialDates.parse("2021-09"));

        chain.then(e -> new ActivityRescheduled(e, PartialDates.parse("2021-09-20"), null, null));

        assertThat(chain.activity().status()).isEqualTo(ActivityStatus.PLANNED);
        assertThat(chain.activity().postponedUntil()).isNull();
    }

    @Test
    void aCancelledActivityCannotBeHeld() {
        Chain chain = Chain.plannedWorkshop().then(e -> new ActivityCancelled(e, "Đối tác rút"));
        SpecificRecord held = chain.next(e -> ActivityHeld.newBuilder()
                .setEnvelope(e)
                .setStarts(PartialDates.parse("2021-03-17"))
                .setModality(Modality.ONLINE)
                .build());

        assertRejected(chain.activity(), held, Reason.NOT_ALLOWED_NOW, "cancelled");
    }

    @Test
    void nothingFollowsARetraction() {
        Chain chain = Chain.plannedWorkshop().then(e -> new ActivityRetracted(e, "Ghi nhầm"));
        SpecificRecord correction = chain.next(e -> new ActivityCorrected(e, "plan.title", null, "\"x\"", "y"));

        assertThat(chain.activity().status()).isEqualTo(ActivityStatus.RETRACTED);
        assertRejected(chain.activity(), correction, Reason.NOT_ALLOWED_NOW, "retracted");
    }

    @Test
    void versionsFollowOneAnotherWithoutGaps() {
        Chain chain = Chain.plannedWorkshop();
        ActivityCancelled skipping = (ActivityCancelled) chain.next(e -> new ActivityCancelled(e, "x"));
        skipping.getEnvelope().setActivityVersion(3);

        assertRejected(chain.activity(), skipping, Reason.VERSION_OUT_OF_SEQUENCE, "the next event is 2, not 3");
        assertRejected(chain.activity(), chain.next(e -> new ActivityCancelled(e, "x")), null, null);
    }

    @Test
    void eachEventChainsToTheHashOfTheOneBefore() {
        Chain chain = Chain.plannedWorkshop();
        ActivityCancelled forged = (ActivityCancelled) chain.next(e -> new ActivityCancelled(e, "x"));
        forged.getEnvelope().setPreviousHash(new Sha256(new byte[32]));

        assertRejected(chain.activity(), forged, Reason.BROKEN_CHAIN, "does not chain");
    }

    @Test
    void onlyAnOgpActivityHasEligibilityAssessments() {
        Chain chain = Chain.plannedWorkshop();
        SpecificRecord assessment = chain.next(e -> new OgpEligibilityAssessed(
                e,
                new Organisation("OGP Support Unit", null, null, null),
                PartialDates.parse("2019-05"),
                8,
                16,
                12,
                null));

        assertRejected(chain.activity(), assessment, Reason.NOT_ALLOWED_NOW, "only an OGP activity");
    }

    @Test
    void anActivityIsPlannedOnce() {
        Chain chain = Chain.plannedWorkshop();
        SpecificRecord again = chain.next(e -> BilateralActivityPlanned.newBuilder()
                .setEnvelope(e)
                .setPlan(chain.activity().plan())
                .setDetails((BilateralDetails) chain.activity().details())
                .build());

        assertRejected(chain.activity(), again, Reason.ALREADY_PLANNED, "already planned");
    }

    @Test
    void aCorrectionOfThePlanAlsoCorrectsWhatWasPlannedUnlessALaterStepChangedIt() {
        Chain chain = Chain.plannedWorkshop()
                .then(e -> new ActivityRescheduled(e, PartialDates.parse("2021-04-02"), null, null))
                .then(e -> new ActivityCorrected(e, "plan.starts", "\"2021-04-02\"", "\"2021-04-05\"", "sai ngày"))
                .then(e -> new ActivityCorrected(e, "plan.venue.city", "\"Hà Nội\"", "\"Hải Phòng\"", "sai địa điểm"));
        Activity activity = chain.activity();

        assertThat(activity.plan().getStarts()).isEqualTo(PartialDates.parse("2021-04-05"));
        assertThat(activity.plannedAs().getStarts()).isEqualTo(PartialDates.parse("2021-03-17"));
        assertThat(activity.plan().getVenue().getCity()).isEqualTo("Hải Phòng");
        assertThat(activity.plannedAs().getVenue().getCity()).isEqualTo("Hải Phòng");
        assertThat(activity.corrections())
                .extracting(Correction::field, Correction::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("plan.starts", "sai ngày"),
                        org.assertj.core.groups.Tuple.tuple("plan.venue.city", "sai địa điểm"));
    }

    @Test
    void aCorrectionOfTheDetailsReachesTheTrackSpecificFields() {
        Activity activity = Chain.plannedWorkshop()
                .then(e -> new ActivityCorrected(e, "details.partnerCountry", "\"FR\"", "\"BE\"", "nhầm quốc gia"))
                .activity();

        assertThat(((BilateralDetails) activity.details()).getPartnerCountry()).isEqualTo("BE");
    }

    @Test
    void aCorrectionMustNameAFieldAndAValueThatFitsIt() {
        Chain chain = Chain.plannedWorkshop();

        assertRejected(
                chain.activity(),
                chain.next(e -> new ActivityCorrected(e, "plan.colour", null, "\"red\"", "x")),
                Reason.INVALID_CORRECTION,
                "'colour' is not a field");
        assertRejected(
                chain.activity(),
                chain.next(e -> new ActivityCorrected(e, "plan.modality", null, "\"BY_BOAT\"", "x")),
                Reason.INVALID_CORRECTION,
                "is not one of IN_PERSON");
        assertRejected(
                chain.activity(),
                chain.next(e -> new ActivityCorrected(e, "plan.starts", null, "\"17/03/2021\"", "x")),
                Reason.INVALID_CORRECTION,
                "YYYY-MM-DD");
        assertRejected(
                chain.activity(),
                chain.next(e -> new ActivityCorrected(e, "envelope.recordedBy", null, "\"x\"", "x")),
                Reason.INVALID_CORRECTION,
                "not a correctable field");
        assertRejected(
                chain.activity(),
                chain.next(e -> new ActivityCorrected(e, "outcome.summary", null, "\"x\"", "x")),
                Reason.INVALID_CORRECTION,
                "not held");
    }

    @Test
    void aCommandWhoseEventWouldChangeNothingIsRefusedWithWhatIsUnchanged() {
        Chain chain = Chain.plannedWorkshop()
                .then(e -> new ActivityRescheduled(e, PartialDates.parse("2021-04-05"), null, "Covid-19"));
        Activity activity = chain.activity();

        assertUnchanged(
                activity,
                chain.next(e -> new ActivityRescheduled(e, PartialDates.parse("2021-04-05"), null, "lại")),
                "already has these dates");
        assertUnchanged(
                activity,
                chain.next(e -> new ActivityModalityChanged(e, Modality.IN_PERSON, new Venue("Hà Nội", "VN"), null)),
                "already has this modality and venue");
        assertUnchanged(
                activity,
                chain.next(e -> new ActivityCorrected(e, "plan.title", null, "\"Hội thảo với AFA\"", "x")),
                "plan.title already has this value");
        assertUnchanged(
                activity,
                chain.next(e -> new ActivityCorrected(e, "details.partnerCountry", null, "\"FR\"", "x")),
                "details.partnerCountry already has this value");
        assertUnchanged(
                activity,
                chain.next(e -> new ActivityCorrected(e, "plan.starts", null, "\"2021-04-05\"", "x")),
                "plan.starts already has this value");
    }

    @Test
    void aCommandThatChangesAnythingIsApplied() {
        Chain chain =
                Chain.plannedWorkshop().then(e -> new ActivityPostponed(e, "Covid-19", PartialDates.parse("2021-06")));
        Activity postponed = chain.activity();

        assertThat(ActivityFold.applyCommand(
                                postponed,
                                chain.next(
                                        e -> new ActivityRescheduled(e, PartialDates.parse("2021-03-17"), null, null)))
                        .status())
                .as("the same dates after a postponement take the activity back to planned")
                .isEqualTo(ActivityStatus.PLANNED);
        assertThat(ActivityFold.applyCommand(
                                postponed,
                                chain.next(e -> new ActivityRescheduled(
                                        e, PartialDates.parse("2021-03-17"), PartialDates.parse("2021-03-18"), null)))
                        .plan()
                        .getEnds())
                .isEqualTo(PartialDates.parse("2021-03-18"));
        assertThat(ActivityFold.applyCommand(
                                postponed,
                                chain.next(e -> new ActivityModalityChanged(e, Modality.IN_PERSON, null, null)))
                        .plan()
                        .getVenue())
                .isNull();
    }

    @Test
    void anAssessmentAlreadyRecordedIsRefusedAndAnotherOneIsApplied() {
        Chain chain = Chain.plannedOgpSummit().then(e -> assessment(e, "2019-05", 8));
        Activity activity = chain.activity();

        assertUnchanged(activity, chain.next(e -> assessment(e, "2019-05", 8)), "already recorded");
        assertThat(ActivityFold.applyCommand(activity, chain.next(e -> assessment(e, "2021-05", 8)))
                        .assessments())
                .hasSize(2);
    }

    @Test
    void aReplayKeepsAnEventThatChangedNothing() {
        Chain chain = Chain.plannedWorkshop();
        SpecificRecord same = chain.next(e -> new ActivityRescheduled(e, PartialDates.parse("2021-03-17"), null, null));

        assertThat(ActivityFold.apply(chain.activity(), same).version()).isEqualTo(2);
    }

    private static OgpEligibilityAssessed assessment(EventEnvelope envelope, String on, int score) {
        return new OgpEligibilityAssessed(
                envelope,
                new Organisation("OGP Support Unit", null, null, null),
                PartialDates.parse(on),
                score,
                16,
                12,
                null);
    }

    private static void assertUnchanged(Activity activity, SpecificRecord event, String message) {
        assertThatThrownBy(() -> ActivityFold.applyCommand(activity, event))
                .isInstanceOfSatisfying(
                        RejectedEvent.class, e -> assertThat(e.reason()).isEqualTo(Reason.NO_CHANGE))
                .hasMessageContaining(message);
    }

    private static void assertRejected(Activity activity, SpecificRecord event, Reason reason, String message) {
        if (reason == null) {
            assertThat(ActivityFold.apply(activity, event).version()).isEqualTo(activity.version() + 1);
            return;
        }
        assertThatThrownBy(() -> ActivityFold.apply(activity, event))
                .isInstanceOfSatisfying(
                        RejectedEvent.class, e -> assertThat(e.reason()).isEqualTo(reason))
                .hasMessageContaining(message);
    }
}
