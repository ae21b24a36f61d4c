package org.cooplog.standalone;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code seeds} command, docker-compose's one-shot seeding step: loads the seeds through the publishers' API when
 * the log is empty, and does nothing when it is not, so the step may run on every {@code docker compose up}. The log
 * is sized over Kafka as a user who may read the track topics ({@code audit} in docker-compose.yml); the seeds are
 * sent as a machine client with every desk role.
 *
 * <p>Environment: the Kafka connection as for {@link ClusterSetup}; {@code COOPLOG_ISSUER_URI},
 * {@code COOPLOG_SEED_CLIENT_ID} (default {@code cooplog-seeder}) and {@code COOPLOG_SEED_CLIENT_SECRET};
 * {@code COOPLOG_PUBLISHERS}, each track's base URL as {@code uncac=http://uncac-service:8081,…}; and
 * {@code COOPLOG_SEEDS_DIR}.
 */
final class SeedCommand {

    private SeedCommand() {}

    static void run(Map<String, String> environment) {
        String issuer = required(environment, "COOPLOG_ISSUER_URI");
        String secret = required(environment, "COOPLOG_SEED_CLIENT_SECRET");
        Map<String, String> publishers = publishers(required(environment, "COOPLOG_PUBLISHERS"));
        Path seeds = Path.of(required(environment, "COOPLOG_SEEDS_DIR"));
        long events = LogSize.eventsIn(ClusterSetup.clientConfig(environment, "cooplog-seeds"));
        if (events > 0) {
            System.out.println("The log holds " + events + " events; the seeds are not loaded again.");
            return;
        }
        ExternalIssuer provider = new ExternalIssuer(
                issuer, environment.getOrDefault("COOPLOG_SEED_CLIENT_ID", DemoIdentity.SEEDER), secret);
        System.out.println("The log is empty: loading the seeds from " + seeds + " ...");
        int loaded = new SeedLoader(seeds, provider.seederAuthorization()).load(publishers);
        System.out.println("Loaded " + loaded + " activities from the seeds.");
    }

    /** {@code uncac=http://a:8081,ogp=http://b:8085} as a map from track to base URL, in the order given. */
    static Map<String, String> publishers(String list) {
        Map<String, String> publishers = new LinkedHashMap<>();
        for (String entry : list.split(",")) {
            int equals = entry.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("COOPLOG_PUBLISHERS needs track=url entries, not '" + entry + "'");
            }
            publishers.put(
                    entry.substring(0, equals).strip(),
                    entry.substring(equals + 1).strip());
        }
        return publishers;
    }

    private static String required(Map<String, String> environment, String variable) {
        String value = environment.get(variable);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Set " + variable + ".");
        }
        return value;
    }
}
