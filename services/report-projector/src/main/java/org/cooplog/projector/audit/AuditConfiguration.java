package org.cooplog.projector.audit;

import java.util.Map;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.cooplog.audit.LogAudit;
import org.cooplog.audit.log.LogConsumers;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The audit side of the projector. Its answers come from reading the topics afresh through the same library the
 * audit tool uses, never from the live read model, so the console shows what an auditor would find.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AuditProperties.class)
class AuditConfiguration {

    /** Read-committed raw consumers without a group: they commit nothing and see keys as the bytes they are. */
    @Bean
    Supplier<Consumer<byte[], byte[]>> auditConsumers(KafkaProperties kafka, AuditProperties properties) {
        Map<String, Object> config = kafka.buildConsumerProperties();
        config.put(ConsumerConfig.CLIENT_ID_CONFIG, "report-projector-audit");
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int)
                properties.readTimeout().toMillis());
        return LogConsumers.readCommitted(config);
    }

    @Bean
    LogAudit logAudit(Supplier<Consumer<byte[], byte[]>> auditConsumers, AuditProperties properties) {
        return new LogAudit(auditConsumers, properties.readTimeout());
    }
}
