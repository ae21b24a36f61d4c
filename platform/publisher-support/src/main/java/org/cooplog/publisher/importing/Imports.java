package org.cooplog.publisher.importing;

import jakarta.validation.Validator;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cooplog.publisher.api.TrackDefinition;
import org.cooplog.publisher.log.ActivityLog;
import org.springframework.beans.factory.DisposableBean;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes uploaded files in: refuses at once what cannot be read, recognises a file seen before, and hands the rest
 * to a small pool of its own, which checks every row and publishes all of them or none. The pool is bounded, and
 * not a Spring executor bean, so it neither replaces the application's task executor nor grows without limit.
 */
final class Imports implements DisposableBean {

    private final ImportProperties limits;
    private final ImportRegistry registry;
    private final ImportJob job;
    private final Clock clock;
    private final ThreadPoolExecutor pool;

    Imports(
            ActivityLog log,
            TrackDefinition<?> track,
            JsonMapper json,
            Validator validator,
            ImportProperties limits,
            Clock clock) {
        this.limits = limits;
        this.registry = new ImportRegistry(limits.retained());
        this.job = new ImportJob(log, track, RequestColumns.of(track.requestType()), json, validator, registry, clock);
        this.clock = clock;
        AtomicInteger threads = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(
                limits.workers(),
                limits.workers(),
                0,
                TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(limits.queued()),
                work -> {
                    Thread thread = new Thread(work, "cooplog-import-" + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
    }

    /**
     * @param recordedBy who uploaded the file; written into every event as who logged it
     * @throws org.springframework.web.ErrorResponseException when the file is refused as a whole
     */
    SpreadsheetImport accept(String fileName, byte[] content, String recordedBy) {
        if (content.length > limits.maxFileSize().toBytes()) {
            throw ImportProblems.tooLarge(limits.maxFileSize());
        }
        if (content.length == 0) {
            throw ImportProblems.empty();
        }
        String importId = sha256(content);
        Optional<SpreadsheetImport> known = registry.find(recordedBy, importId);
        if (known.isPresent() && known.get().status() != SpreadsheetImport.Status.FAILED) {
            return known.get();
        }
        FileFormat format = FileFormat.of(content);
        Sheet sheet = format.read(content, limits);
        SpreadsheetImport fresh = SpreadsheetImport.received(
                importId,
                job.track(),
                fileName == null ? null : org.cooplog.publisher.request.Text.nfc(fileName),
                format,
                sheet.body().size(),
                clock.instant());
        SpreadsheetImport started = registry.startUnlessKnown(recordedBy, fresh);
        if (started != fresh) {
            return started;
        }
        try {
            pool.execute(() -> job.run(importId, sheet, recordedBy));
        } catch (RejectedExecutionException e) {
            registry.forget(recordedBy, importId);
            throw ImportProblems.busy();
        }
        return fresh;
    }

    /** An import of this caller's; another caller's import of the same file is not found. */
    Optional<SpreadsheetImport> find(String caller, String importId) {
        return registry.find(caller, importId);
    }

    ColumnCatalog columns() {
        return job.columns();
    }

    String track() {
        return job.track();
    }

    @Override
    public void destroy() throws InterruptedException {
        pool.shutdownNow();
        pool.awaitTermination(5, TimeUnit.SECONDS);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
