package org.cooplog.projector.audit;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the projector serves audits and publishes running-hash checkpoints.
 *
 * @param checkpoints whether this instance publishes checkpoints at all
 * @param checkpointEvery how often checkpoints are published, when something new was read
 * @param readTimeout how long the cluster may keep a read from moving
 * @param lastCheckpointWithin how long shutdown waits for the last checkpoint, which covers what could be read by then
 */
@Validated
@ConfigurationProperties("cooplog.audit")
record AuditProperties(
        @DefaultValue("true") boolean checkpoints,
        @DefaultValue("PT60S") @NotNull Duration checkpointEvery,
        @DefaultValue("PT10S") @NotNull Duration readTimeout,
        @DefaultValue("PT5S") @NotNull Duration lastCheckpointWithin) {}
