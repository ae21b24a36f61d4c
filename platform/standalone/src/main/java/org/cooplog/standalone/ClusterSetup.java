package org.cooplog.standalone;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.config.SaslConfigs;
import org.cooplog.kafka.broker.AccessPolicy;
import org.cooplog.kafka.broker.AccessProvisioner;
import org.cooplog.kafka.broker.TopicProvisioner;

/**
 * The {@code topics} command, docker-compose's one-shot set-up step: creates the topics and, on a secured cluster,
 * each service's SCRAM user and the ACLs of {@link AccessPolicy}. It signs in as the cluster's super user, whose
 * password is the broker's own configuration: SCRAM users live in the cluster's metadata, so the first of them cannot
 * be made with a SCRAM login. Java rather than a shell script of Kafka's tools, so the same code is what the test
 * suite runs against a secured broker.
 *
 * <p>Environment: {@code KAFKA_BOOTSTRAP_SERVERS}; for a secured cluster {@code KAFKA_SECURITY_PROTOCOL},
 * {@code KAFKA_SASL_MECHANISM}, {@code KAFKA_SASL_JAAS_CONFIG} of the super user, and
 * {@code KAFKA_PASSWORD_<USER>} for every service user, e.g. {@code KAFKA_PASSWORD_BILATERAL_SERVICE}.
 */
final class ClusterSetup {

    private ClusterSetup() {}

    static void run(Map<String, String> environment) {
        Map<String, Object> config = clientConfig(environment, "cooplog-setup");
        Map<String, String> passwords = new HashMap<>();
        AccessPolicy.users().forEach(user -> {
            String password = environment.get(passwordVariable(user));
            if (password != null && !password.isBlank()) {
                passwords.put(user, password);
            }
        });
        try (Admin admin = Admin.create(config)) {
            List<String> created = TopicProvisioner.ensureTopics(admin);
            System.out.println(created.isEmpty() ? "All topics exist." : "Created " + String.join(", ", created));
            if (config.containsKey(SaslConfigs.SASL_JAAS_CONFIG)) {
                if (passwords.size() != AccessPolicy.users().size()) {
                    throw new IllegalArgumentException("Set a password for every service user: "
                            + String.join(
                                    ", ",
                                    AccessPolicy.users().stream()
                                            .filter(user -> !passwords.containsKey(user))
                                            .map(ClusterSetup::passwordVariable)
                                            .toList())
                            + " (docs/security.md)");
                }
                AccessProvisioner.apply(admin, passwords);
                System.out.println("Kafka users and ACLs set for " + String.join(", ", AccessPolicy.users()));
            }
        }
    }

    /**
     * An admin client's configuration from {@code KAFKA_BOOTSTRAP_SERVERS} and, for a secured cluster,
     * {@code KAFKA_SECURITY_PROTOCOL}, {@code KAFKA_SASL_MECHANISM} and {@code KAFKA_SASL_JAAS_CONFIG}.
     */
    static Map<String, Object> clientConfig(Map<String, String> environment, String clientId) {
        String bootstrapServers = environment.get("KAFKA_BOOTSTRAP_SERVERS");
        if (bootstrapServers == null || bootstrapServers.isBlank()) {
            throw new IllegalArgumentException("Set KAFKA_BOOTSTRAP_SERVERS to the cluster.");
        }
        Map<String, Object> config = new HashMap<>();
        config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(CommonClientConfigs.CLIENT_ID_CONFIG, clientId);
        copy(environment, "KAFKA_SECURITY_PROTOCOL", config, CommonClientConfigs.SECURITY_PROTOCOL_CONFIG);
        copy(environment, "KAFKA_SASL_MECHANISM", config, SaslConfigs.SASL_MECHANISM);
        copy(environment, "KAFKA_SASL_JAAS_CONFIG", config, SaslConfigs.SASL_JAAS_CONFIG);
        return config;
    }

    /** {@code KAFKA_PASSWORD_BILATERAL_SERVICE} for {@code bilateral-service}. */
    static String passwordVariable(String user) {
        return "KAFKA_PASSWORD_" + user.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static void copy(Map<String, String> environment, String variable, Map<String, Object> config, String key) {
        String value = environment.get(variable);
        if (value != null && !value.isBlank()) {
            config.put(key, value);
        }
    }
}
