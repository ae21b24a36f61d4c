package org.cooplog.standalone;

import java.nio.file.Path;
import java.util.List;

/**
 * One service of the product as standalone mode runs it.
 *
 * @param module the Maven module under {@code services/}, also the jar's base name
 * @param port the port it listens on in standalone mode
 * @param track the track a publisher publishes, null for other services
 * @param links paths worth printing for a person, relative to the service's root URL
 */
record ServiceSpec(String module, int port, String track, List<String> links) {

    /** Every service standalone mode starts, in start order. */
    static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("identity", 9000, null, List.of("/login", "/.well-known/openid-configuration")),
            new ServiceSpec("uncac-service", 8081, "uncac", List.of("/api/uncac/activities", "/swagger-ui.html")),
            new ServiceSpec(
                    "aseanpac-service", 8082, "aseanpac", List.of("/api/aseanpac/activities", "/swagger-ui.html")),
            new ServiceSpec("apec-service", 8083, "apec", List.of("/api/apec/activities", "/swagger-ui.html")),
            new ServiceSpec(
                    "bilateral-service", 8084, "bilateral", List.of("/api/bilateral/activities", "/swagger-ui.html")),
            new ServiceSpec("ogp-service", 8085, "ogp", List.of("/api/ogp/activities", "/swagger-ui.html")),
            new ServiceSpec("report-projector", 8090, null, List.of("/api/activities", "/actuator/health")),
            new ServiceSpec("console", 8080, null, List.of("/")));

    /** The OpenID Connect provider, which starts first: every other service trusts its tokens. */
    static ServiceSpec identity() {
        return ALL.get(0);
    }

    /** The staff console, which people open in a browser and which calls every other service. */
    static ServiceSpec console() {
        return ALL.get(ALL.size() - 1);
    }

    Path jar(Path servicesDir, String version) {
        return servicesDir.resolve(module).resolve("target").resolve(module + "-" + version + ".jar");
    }
}
