package org.cooplog.publisher.log;

import org.apache.avro.specific.SpecificRecord;
import org.cooplog.events.bilateral.BilateralActivityKind;
import org.cooplog.events.bilateral.BilateralActivityPlanned;
import org.cooplog.events.bilateral.BilateralDetails;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.common.Modality;
import org.cooplog.publisher.request.PartialDateValue;
import org.cooplog.publisher.request.PlanRequest;

/** A bilateral workshop of 17 March 2021, online, as the log tests plan it. */
final class SamplePlans {

    private SamplePlans() {}

    static SpecificRecord workshop(EventEnvelope envelope, String title) {
        PlanRequest request = new PlanRequest(
                title,
                null,
                PartialDateValue.parse("2021-03-17"),
                null,
                Modality.ONLINE,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        return BilateralActivityPlanned.newBuilder()
                .setEnvelope(envelope)
                .setPlan(request.toAvro())
                .setDetails(BilateralDetails.newBuilder()
                        .setKind(BilateralActivityKind.TRAINING)
                        .setPartnerCountry("KR")
                        .setTopic("Thanh tra")
                        .build())
                .build();
    }
}
