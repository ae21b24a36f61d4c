package org.cooplog.publisher.importing;

import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.avro.specific.SpecificRecord;
import org.cooplog.events.common.ActivityPlan;
import org.cooplog.events.common.EventEnvelope;
import org.cooplog.events.common.Sha256;
import org.cooplog.model.Activity;
import org.cooplog.model.ActivityFold;
import org.cooplog.publisher.api.TrackDefinition;
import org.cooplog.publisher.importing.SpreadsheetImport.ImportedActivity;
import org.cooplog.publisher.log.ActivityLog;
import org.cooplog.publisher.log.BrokerUnavailableException;
import org.cooplog.publisher.log.RecordedEvent;
import org.cooplog.publisher.problem.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks every row of a file and, when none has a problem, plans all of them in one transaction. A row's
 * idempotency key is {@code import:<importId>:<row>}, the importing caller's own like every key, so a file whose rows
 * the same caller already put in the log, say before a restart, is answered from the log and written again never.
 */
final class ImportJob {

    private static final Logger log = LoggerFactory.getLogger(ImportJob.class);

    private final ActivityLog activityLog;
    private final TrackDefinition<?> track;
    private final ColumnCatalog columns;
    private final JsonMapper json;
    private final Validator validator;
    private final ImportRegistry registry;
    private final Clock clock;

    ImportJob(
            ActivityLog activityLog,
            TrackDefinition<?> track,
            ColumnCatalog columns,
            JsonMapper json,
            Validator validator,
            ImportRegistry registry,
            Clock clock) {
        this.activityLog = activityLog;
        this.track = track;
        this.columns = columns;
        this.json = json;
        this.validator = validator;
        this.registry = registry;
        this.clock = clock;
    }

    String track() {
        return activityLog.track().slug();
    }

    ColumnCatalog columns() {
        return columns;
    }

    void run(String importId, Sheet sheet, String recordedBy) {
        try {
            runFor(track, importId, sheet, recordedBy);
        } catch (BrokerUnavailableException e) {
            log.warn("Import {} failed: {}", importId, e.getMessage());
            registry.update(
                    recordedBy,
                    importId,
                    current -> current.failed(
                            "Không ghi được vào nhật ký sự kiện; chưa có hoạt động nào được ghi. Hãy tải tệp lên lại sau.",
                            "The event log could not be written; no activity was recorded. Upload the file again later.",
                            clock.instant()));
        } catch (RuntimeException e) {
            log.error("Import {} failed", importId, e);
            registry.update(
                    recordedBy,
                    importId,
                    current -> current.failed(
                            "Lỗi khi nhập; chưa có hoạt động nào được ghi. Hãy báo cho bộ phận CNTT.",
                            "The import failed; no activity was recorded. Tell the IT unit.",
                            clock.instant()));
        } catch (Error e) {
            // Out of memory, say: the import is over whatever the JVM does next, and whoever follows it must see so.
            registry.update(
                    recordedBy,
                    importId,
                    current -> current.failed(
                            "Lỗi hệ thống khi nhập; hãy tải tệp lên lại sau.",
                            "The import failed in the service (" + e + "); upload the file again later.",
                            clock.instant()));
            throw e;
        }
    }

    /** The envelope a row's event is checked in; it is never published: each event gets its own before it is. */
    private static final EventEnvelope PROVISIONAL = EventEnvelope.newBuilder()
            .setEventId(new UUID(0, 0))
            .setActivityId("import-row")
            .setActivityVersion(1)
            .setRecordedAt(Instant.EPOCH)
            .setRecordedBy("import")
            .setService("import")
            .setHash(new Sha256(new byte[32]))
            .build();

    /** The row's event, in the envelope the log gives it, which is the only part of it the envelope changes. */
    private static SpecificRecord inEnvelope(SpecificRecord provisional, EventEnvelope envelope) {
        provisional.put(provisional.getSchema().getField("envelope").pos(), envelope);
        return provisional;
    }

    private <R> void runFor(TrackDefinition<R> definition, String importId, Sheet sheet, String recordedBy) {
        long start = System.nanoTime();
        ColumnCatalog.Header header = columns.header(sheet.header());
        RowReader<R> rows = new RowReader<>(definition.requestType(), columns, header, json, validator);
        List<RowProblem> problems = new ArrayList<>(header.problems());
        List<ActivityLog.Planned> plans = new ArrayList<>();
        List<Integer> rowNumbers = new ArrayList<>();
        List<ActivityPlan> rowPlans = new ArrayList<>();
        int checked = 0;
        for (Sheet.Row row : sheet.body()) {
            RowReader.Result<R> result = rows.read(row);
            problems.addAll(result.problems());
            if (result.request() != null) {
                SpecificRecord event = definition.toEvent(result.request(), PROVISIONAL);
                Activity planned = ActivityFold.apply(null, event);
                for (FieldError broken : definition.check(planned)) {
                    problems.add(RowProblem.ofRow(row.number(), broken.field(), broken.message(), broken.message()));
                }
                rowPlans.add(planned.plan());
                plans.add(new ActivityLog.Planned(
                        "import:" + importId + ":" + row.number(), envelope -> inEnvelope(event, envelope)));
                rowNumbers.add(row.number());
            }
            int done = ++checked;
            registry.update(recordedBy, importId, current -> current.checked(done));
        }
        long checkedAt = System.nanoTime();
        if (!problems.isEmpty()) {
            log.info("Import {} rejected: {} problem(s) in {} rows", importId, problems.size(), checked);
            registry.update(recordedBy, importId, current -> current.rejected(problems, clock.instant()));
            return;
        }
        registry.update(recordedBy, importId, SpreadsheetImport::publishing);
        List<RecordedEvent> recorded = activityLog.planAll(recordedBy, plans);
        List<ImportedActivity> imported = new ArrayList<>();
        for (int i = 0; i < recorded.size(); i++) {
            RecordedEvent event = recorded.get(i);
            if (event == null) {
                throw new IllegalStateException("row " + rowNumbers.get(i) + " is missing from the earlier import");
            }
            ActivityPlan plan = rowPlans.get(i);
            imported.add(new ImportedActivity(
                    rowNumbers.get(i), event.activityId(), event.version(), plan.getTitle(), plan.getTitleEn()));
        }
        boolean replayed = recorded.stream().allMatch(RecordedEvent::replayed);
        log.info(
                "Import {} completed: {} activities{}; checked in {} ms, published in {} ms",
                importId,
                imported.size(),
                replayed ? " found in the log" : "",
                (checkedAt - start) / 1_000_000,
                (System.nanoTime() - checkedAt) / 1_000_000);
        registry.update(recordedBy, importId, current -> current.completed(imported, replayed, clock.instant()));
    }
}
