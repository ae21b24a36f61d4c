package org.cooplog.publisher.importing;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Limits of the spreadsheet import. All rows of a file are published in one transaction and every row is held in
 * memory while it is checked, so both the file and its row count are bounded.
 *
 * @param maxFileSize the largest file accepted; a larger one is refused with 413
 * @param maxRows the most activity rows one file may hold; more are refused with 400
 * @param retained how many imports the status endpoint remembers; an older file uploaded again is recognised
 *     through the idempotency keys its rows left in the log
 * @param workers how many imports are checked and published at once
 * @param queued how many more may wait for a worker; beyond that an upload is answered 503
 */
@Validated
@ConfigurationProperties("cooplog.import")
record ImportProperties(
        @DefaultValue("5MB") DataSize maxFileSize,
        @DefaultValue("5000") @Min(1) @Max(50_000) int maxRows,
        @DefaultValue("100") @Min(1) @Max(10_000) int retained,
        @DefaultValue("2") @Min(1) @Max(16) int workers,
        @DefaultValue("20") @Min(1) @Max(1000) int queued) {

    private static final DataSize LARGEST = DataSize.ofMegabytes(100);

    ImportProperties {
        if (maxFileSize == null || maxFileSize.toBytes() < 1 || maxFileSize.compareTo(LARGEST) > 0) {
            throw new IllegalArgumentException(
                    "cooplog.import.max-file-size must be between 1B and " + LARGEST + ", not " + maxFileSize);
        }
    }

    /**
     * How far a workbook may unpack: a normal XLSX unpacks to a few times its size, a crafted one to thousands of
     * times.
     */
    long maxUnpackedBytes() {
        return maxFileSize.toBytes() * 20;
    }
}
