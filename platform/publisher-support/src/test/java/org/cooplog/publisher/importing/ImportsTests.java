package org.cooplog.publisher.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.cooplog.events.Track;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.publisher.api.TrackDefinition;
import org.cooplog.publisher.importing.SpreadsheetImport.Status;
import org.cooplog.publisher.log.ActivityLog;
import org.cooplog.publisher.log.BrokerUnavailableException;
import org.cooplog.publisher.log.PublishedEvent;
import org.cooplog.publisher.log.RecordedEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;

class ImportsTests {

    private final ActivityLog log = mock(ActivityLog.class);
    private final Imports imports = new Imports(
            log,
            new SampleTrack(),
            Sheets.JSON,
            Sheets.VALIDATOR,
            new ImportProperties(DataSize.ofKilobytes(64), 10, 2, 1, 5),
            Clock.systemUTC());

    ImportsTests() {
        given(log.track()).willReturn(Track.BILATERAL);
    }

    @AfterEach
    void stop() throws InterruptedException {
        imports.destroy();
    }

    @Test
    void aFileWithAnyProblemIsRejectedWithEveryProblemAndNothingIsPlanned() {
        byte[] file = csv(Sheets.HEADER + ",Màu sắc", Sheets.VALID_ROW + ",", ",2021,,ONLINE,,TRAINING,FR,x,");

        SpreadsheetImport done = finished("staff", imports.accept("ds.csv", file, "staff"));

        assertThat(done.status()).isEqualTo(Status.REJECTED);
        assertThat(done.rowsChecked()).isEqualTo(done.rowsTotal()).isEqualTo(2);
        assertThat(done.errors())
                .extracting(RowProblem::row, RowProblem::field)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, null),
                        org.assertj.core.groups.Tuple.tuple(3, "plan.title"));
        verify(log, never()).planAll(any(), any());
    }

    @Test
    void aValidFileIsPlannedInOneCallWithAKeyPerRowAndTheSameFileAgainIsTheSameImport() {
        answerPlanAll(false);
        byte[] file = csv(Sheets.HEADER, Sheets.VALID_ROW, "", Sheets.VALID_ROW.replace("liêm chính,", "PCTN,"));

        SpreadsheetImport accepted = imports.accept("ds.csv", file, "staff");
        SpreadsheetImport done = finished("staff", accepted);
        SpreadsheetImport again = imports.accept("ds (1).csv", file, "staff");

        assertThat(accepted.importId()).hasSize(64);
        assertThat(done.status()).isEqualTo(Status.COMPLETED);
        assertThat(done.replayed()).isFalse();
        assertThat(done.activities())
                .extracting(SpreadsheetImport.ImportedActivity::row, SpreadsheetImport.ImportedActivity::title)
                .containsExactly(tuple(2, "Khóa đào tạo về liêm chính"), tuple(4, "Khóa đào tạo về PCTN"));
        assertThat(again).isEqualTo(done);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<ActivityLog.Planned>> plans = ArgumentCaptor.forClass(List.class);
        verify(log, times(1)).planAll(eq("staff"), plans.capture());
        assertThat(plans.getValue())
                .extracting(ActivityLog.Planned::idempotencyKey)
                .containsExactly("import:" + accepted.importId() + ":2", "import:" + accepted.importId() + ":4");
    }

    @Test
    void theSameFileFromAnotherCallerIsAnImportOfItsOwn() {
        answerPlanAll(false);
        byte[] file = csv(Sheets.HEADER, Sheets.VALID_ROW);
        SpreadsheetImport mine = finished("staff", imports.accept("ds.csv", file, "staff"));

        assertThat(imports.find("someone else", mine.importId())).isEmpty();
        SpreadsheetImport theirs = finished("someone else", imports.accept("ds.csv", file, "someone else"));

        assertThat(theirs.activities())
                .extracting(SpreadsheetImport.ImportedActivity::activityId)
                .doesNotContainAnyElementsOf(mine.activities().stream()
                        .map(SpreadsheetImport.ImportedActivity::activityId)
                        .toList());
        verify(log, times(1)).planAll(eq("staff"), any());
        verify(log, times(1)).planAll(eq("someone else"), any());
    }

    @Test
    void rowsFoundInTheLogFromAnEarlierUploadCompleteTheImportAsReplayed() {
        answerPlanAll(true);

        SpreadsheetImport done =
                finished("staff", imports.accept("ds.csv", csv(Sheets.HEADER, Sheets.VALID_ROW), "staff"));

        assertThat(done.status()).isEqualTo(Status.COMPLETED);
        assertThat(done.replayed()).isTrue();
    }

    @Test
    void aBrokerOutageFailsTheImportAndTheSameFileAgainRetriesIt() {
        given(log.planAll(any(), any())).willThrow(new BrokerUnavailableException("no broker", null));
        byte[] file = csv(Sheets.HEADER, Sheets.VALID_ROW);

        SpreadsheetImport failed = finished("staff", imports.accept("ds.csv", file, "staff"));
        answerPlanAll(false);
        SpreadsheetImport retried = finished("staff", imports.accept("ds.csv", file, "staff"));

        assertThat(failed.status()).isEqualTo(Status.FAILED);
        assertThat(failed.reasonEn()).contains("no activity was recorded").doesNotContain("no broker");
        assertThat(retried.status()).isEqualTo(Status.COMPLETED);
    }

    @Test
    void filesThatCannotBeImportedAtAllAreRefusedAtOnce() {
        byte[] large = new byte[64 * 1024 + 1];
        byte[] rows = csv(Sheets.HEADER, "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11");

        assertThat(status(() -> imports.accept("big.csv", large, "staff"))).isEqualTo(413);
        assertThat(status(() -> imports.accept("rows.csv", rows, "staff"))).isEqualTo(400);
        assertThat(status(() -> imports.accept("x.pdf", new byte[] {'%', 'P', 0, 1}, "staff")))
                .isEqualTo(415);
        assertThat(status(() -> imports.accept("empty.csv", new byte[0], "staff")))
                .isEqualTo(400);
    }

    @Test
    void onlyTheMostRecentImportsAreRemembered() {
        answerPlanAll(false);
        SpreadsheetImport first = finished("s", imports.accept("1.csv", csv(Sheets.HEADER, Sheets.VALID_ROW), "s"));
        finished("s", imports.accept("2.csv", csv(Sheets.HEADER, Sheets.VALID_ROW, Sheets.VALID_ROW), "s"));
        finished("s", imports.accept("3.csv", csv(Sheets.HEADER, Sheets.VALID_ROW, Sheets.VALID_ROW, ""), "s"));

        assertThat(imports.find("s", first.importId())).isEmpty();
    }

    private SpreadsheetImport finished(String caller, SpreadsheetImport accepted) {
        await().atMost(Duration.ofSeconds(10))
                .until(() -> imports.find(caller, accepted.importId())
                        .map(i -> i.status().finished())
                        .orElse(false));
        return imports.find(caller, accepted.importId()).orElseThrow();
    }

    private void answerPlanAll(boolean replayed) {
        willAnswer(call -> {
                    List<?> plans = call.getArgument(1);
                    return plans.stream()
                            .map(plan -> new RecordedEvent(
                                    "bilateral-" + UUID.randomUUID(),
                                    1,
                                    UUID.randomUUID(),
                                    Instant.now(),
                                    "ab".repeat(32),
                                    new PublishedEvent("cooplog.bilateral.events", 0, 1),
                                    replayed))
                            .toList();
                })
                .given(log)
                .planAll(any(), any());
    }

    private static int status(Runnable upload) {
        try {
            upload.run();
        } catch (ErrorResponseException e) {
            return e.getStatusCode().value();
        }
        throw new AssertionError("the upload was accepted");
    }

    private static byte[] csv(String... lines) {
        return Sheets.csv(lines).getBytes(StandardCharsets.UTF_8);
    }

    static final class SampleTrack implements TrackDefinition<SampleRequest> {

        @Override
        public Class<SampleRequest> requestType() {
            return SampleRequest.class;
        }

        @Override
        public SpecificRecord toEvent(SampleRequest request, EventEnvelope envelope) {
            return org.cooplog.events.bilateral.BilateralActivityPlanned.newBuilder()
                    .setEnvelope(envelope)
                    .setPlan(request.plan().toAvro())
                    .setDetails(org.cooplog.events.bilateral.BilateralDetails.newBuilder()
                            .setKind(org.cooplog.events.bilateral.BilateralActivityKind.valueOf(
                                    request.details().kind().name()))
                            .setPartnerCountry(request.details().partnerCountry())
                            .setTopic(request.details().topic())
                            .setPlannedParticipants(request.details().plannedParticipants())
                            .build())
                    .build();
        }
    }
}
