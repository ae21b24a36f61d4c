package org.cooplog.uncac.activity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.uncac.BodySession;
import org.cooplog.events.uncac.CountryReview;
import org.cooplog.events.uncac.ReviewPhase;
import org.cooplog.events.uncac.ReviewRole;
import org.cooplog.events.uncac.UncacActivityKind;
import org.cooplog.events.uncac.UncacActivityPlanned;
import org.cooplog.events.uncac.UncacBody;
import org.cooplog.events.uncac.UncacDetails;
import org.cooplog.publisher.request.PlanRequest;
import org.cooplog.publisher.request.Text;
import org.cooplog.publisher.validation.CountryCode;

/** A new UNCAC activity, as JSON: the plan every track shares and the UNCAC details. */
record UncacActivityRequest(
        @Valid @NotNull PlanRequest plan, @Valid @NotNull Details details) {

    /** What the activity is; whether it carries a review or a session follows from its kind. */
    @FitsItsKind
    record Details(
            @NotNull UncacActivityKind kind,
            @Valid Review review,
            @Valid Session session,
            @Size(max = 1000) String topic) {}

    /** A step of a country review of the Implementation Review Mechanism, seen from Viet Nam's side. */
    @ReviewOfTheCycle
    record Review(
            @NotNull @Min(1) @Max(2) Integer cycle,
            @NotNull ReviewRole role,
            @CountryCode String counterpartCountry,
            @Size(max = 8) List<@NotNull String> chapters,
            @NotNull ReviewPhase phase) {}

    /** A session or meeting of a UNCAC body. */
    record Session(
            @NotNull UncacBody body, @Min(1) @Max(200) Integer number, Boolean resumed) {}

    UncacActivityPlanned toEvent(EventEnvelope envelope) {
        return UncacActivityPlanned.newBuilder()
                .setEnvelope(envelope)
                .setPlan(plan.toAvro())
                .setDetails(UncacDetails.newBuilder()
                        .setKind(details.kind())
                        .setReview(details.review() == null ? null : review(details.review()))
                        .setSession(details.session() == null ? null : session(details.session()))
                        .setTopic(Text.nfc(details.topic()))
                        .build())
                .build();
    }

    private static CountryReview review(Review review) {
        return CountryReview.newBuilder()
                .setCycle(review.cycle())
                .setRole(review.role())
                .setCounterpartCountry(review.counterpartCountry())
                .setChapters(Text.nfc(review.chapters()))
                .setPhase(review.phase())
                .build();
    }

    private static BodySession session(Session session) {
        return BodySession.newBuilder()
                .setBody(session.body())
                .setNumber(session.number())
                .setResumed(Boolean.TRUE.equals(session.resumed()))
                .build();
    }
}
