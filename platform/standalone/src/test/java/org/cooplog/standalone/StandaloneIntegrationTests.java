package org.cooplog.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The product as the README's run command starts it: its own broker, each service as its own process. A bilateral
 * activity posted to the publisher becomes visible in the projector's list.
 */
class StandaloneIntegrationTests {

    @TempDir
    static Path home;

    static Standalone standalone;
    static final Map<String, Integer> ports = new HashMap<>();
    static final HttpClient http = HttpClient.newHttpClient();
    static String bearer;

    @BeforeAll
    static void start() {
        Properties build = new Properties();
        try (InputStream in = Standalone.class.getResourceAsStream("/standalone.properties")) {
            build.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServiceSpec.ALL.forEach(spec -> ports.put(spec.module(), freePort()));
        standalone = new Standalone(
                home,
                Path.of(build.getProperty("services.dir")),
                Path.of(build.getProperty("seeds.dir")),
                build.getProperty("version"),
                0,
                spec -> ports.get(spec.module()));
        standalone.start(null);
        bearer = "Bearer "
                + DemoIdentity.clientToken(
                        standalone.issuer(),
                        "cooplog-cli",
                        standalone.newPasswords().get("cooplog-cli"));
    }

    /** A request as a script would make it, with a token of the cooplog-cli client. */
    static HttpRequest.Builder signedIn(URI uri) {
        return HttpRequest.newBuilder(uri).header("Authorization", bearer);
    }

    @AfterAll
    static void stop() {
        if (standalone != null) {
            List<ServiceProcess> services = standalone.services();
            standalone.stop();
            assertThat(services)
                    .allSatisfy(
                            service -> assertThat(service.process().isAlive()).isFalse());
        }
    }

    @Test
    void theFirstStartMakesAPasswordForEveryDemoUserAndKeepsNoneOfThem() throws Exception {
        assertThat(standalone.newPasswords())
                .containsOnlyKeys(
                        "desk.uncac",
                        "desk.aseanpac",
                        "desk.apec",
                        "desk.bilateral",
                        "desk.ogp",
                        "report.officer",
                        "auditor",
                        "admin",
                        "cooplog-cli");
        String users = java.nio.file.Files.readString(home.resolve("identity/users.properties"));
        assertThat(users)
                .contains("admin={bcrypt}")
                .doesNotContain(standalone.newPasswords().get("admin"));
        assertThat(home.resolve("identity/new-passwords")).doesNotExist();
    }

    @Test
    void refusesARequestWithoutATokenAsProblemDetails() throws Exception {
        HttpResponse<String> anonymous = http.send(
                HttpRequest.newBuilder(URI.create(url("bilateral-service") + "/api/bilateral/activities"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(anonymous.headers().firstValue("WWW-Authenticate").orElseThrow())
                .startsWith("Bearer");
        assertThat(anonymous.body()).contains("\"status\":401");
    }

    @Test
    void anActivityPostedToThePublisherIsListedByTheProjector() throws Exception {
        HttpResponse<String> created = http.send(
                signedIn(URI.create(url("bilateral-service") + "/api/bilateral/activities"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("""
                                {"plan": {"title": "Hội thảo tập huấn trực tuyến về liêm chính và kiểm soát xung đột lợi ích",
                                          "starts": "2022-03-17", "modality": "ONLINE",
                                          "partners": [{"name": "Cơ quan Phòng, chống tham nhũng Pháp", "abbreviation": "AFA", "country": "FR"}]},
                                 "details": {"kind": "WORKSHOP", "partnerCountry": "FR",
                                             "topic": "Liêm chính và kiểm soát xung đột lợi ích trong hoạt động công vụ"}}
                                """))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long postedAt = System.nanoTime();
        Matcher id = Pattern.compile("\"activityId\":\"([^\"]+)\"").matcher(created.body());
        assertThat(id.find()).isTrue();

        await().atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(20))
                .untilAsserted(() -> assertThat(http.send(
                                        signedIn(URI.create(url("report-projector") + "/api/activities"))
                                                .build(),
                                        HttpResponse.BodyHandlers.ofString())
                                .body())
                        .contains(id.group(1)));
        HttpResponse<String> recorded = http.send(
                signedIn(URI.create(url("bilateral-service") + "/api/bilateral/activities/" + id.group(1)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(recorded.body()).as("who recorded it, from the token").contains("\"recordedBy\":\"cooplog-cli\"");
        System.out.printf(
                "Visible in the projector %d ms after the publisher's 201%n",
                (System.nanoTime() - postedAt) / 1_000_000);
    }

    @Test
    void theSeedsAreLoadedThroughTheServicesWhenTheLogIsEmpty() throws Exception {
        Properties build = new Properties();
        try (InputStream in = Standalone.class.getResourceAsStream("/standalone.properties")) {
            build.load(in);
        }
        long seedFiles;
        try (var files = java.nio.file.Files.walk(Path.of(build.getProperty("seeds.dir")))) {
            seedFiles = files.filter(f -> f.toString().endsWith(".json")).count();
        }

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(Pattern.compile("\"activityId\"")
                                .matcher(http.send(
                                                signedIn(URI.create(url("report-projector") + "/api/activities"))
                                                        .build(),
                                                HttpResponse.BodyHandlers.ofString())
                                        .body())
                                .results()
                                .count())
                        .isGreaterThanOrEqualTo(seedFiles));
        assertThat(standalone.eventsInLog()).isGreaterThan(seedFiles);
    }

    @Test
    void theReportsOf2021ListExactlyTheSeededActivitiesTheCutOffsPlaceInThem() throws Exception {
        Path seeds = Path.of(buildProperty("seeds.dir"));
        Map<String, java.util.Set<String>> expected = SeededReportsExpectation.titlesByPeriod(seeds);
        long seedFiles;
        try (var files = java.nio.file.Files.walk(seeds)) {
            seedFiles = files.filter(f -> f.toString().endsWith(".json")).count();
        }
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(Pattern.compile("\"activityId\"")
                                .matcher(get(url("report-projector") + "/api/activities")
                                        .body())
                                .results()
                                .count())
                        .isGreaterThanOrEqualTo(seedFiles));
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();

        for (Map.Entry<String, java.util.Set<String>> period : expected.entrySet()) {
            String[] kindAndIndex = period.getKey().split("-");
            HttpResponse<String> issued = http.send(
                    signedIn(URI.create(url("report-projector") + "/api/reports"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"recipient\": \"mofa\", \"kind\": \""
                                    + kindAndIndex[0] + "\", \"year\": 2021, \"index\": " + kindAndIndex[1] + "}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(issued.statusCode()).as(issued.body()).isIn(200, 201);
            String reportId = json.readTree(issued.body()).get("reportId").asText();
            var figures = json.readTree(get(url("report-projector") + "/api/reports/" + reportId + "/json")
                    .body());
            java.util.Set<String> listed = new java.util.TreeSet<>();
            figures.get("activities").forEach(a -> listed.add(a.get("title").asText()));

            assertThat(listed).as(period.getKey()).isEqualTo(period.getValue());
        }
        assertThat(expected.get("YEAR-1")).hasSizeGreaterThanOrEqualTo(15);
    }

    @Test
    void theFirstQuarterOf2021CountsNoActivityKnownOnlyToTheYear() throws Exception {
        Path seeds = Path.of(buildProperty("seeds.dir"));
        Set<String> yearOnly = SeededReportsExpectation.knownOnlyTo2021(seeds);

        assertThat(yearOnly).hasSizeGreaterThanOrEqualTo(10);
        assertThat(previewedTitles("mofa", "QUARTER", 1))
                .isEqualTo(SeededReportsExpectation.titlesByPeriod(seeds).get("QUARTER-1"))
                .doesNotContainAnyElementsOf(yearOnly);
    }

    @Test
    void theFourthQuarterOf2021HoldsTheInspCourse() throws Exception {
        assertThat(previewedTitles("mofa", "QUARTER", 4))
                .contains("Khóa đào tạo trực tuyến về liêm chính, đạo đức và phòng, chống tham nhũng");
    }

    @Test
    void theAnnualReportOf2021CountsEveryActivityTheSeedsDateOnlyTo2021() throws Exception {
        Set<String> yearOnly = SeededReportsExpectation.knownOnlyTo2021(Path.of(buildProperty("seeds.dir")));

        assertThat(previewedTitles("cfac", "YEAR", 1)).containsAll(yearOnly);
    }

    /** The titles of the activities a preview of a 2021 report lists, once every seed is in the projector. */
    private static Set<String> previewedTitles(String recipient, String kind, int index) throws Exception {
        awaitSeeds();
        HttpResponse<String> preview = get(url("report-projector") + "/api/reports/preview?recipient=" + recipient
                + "&kind=" + kind + "&year=2021&index=" + index + "&format=json");
        assertThat(preview.statusCode()).as(preview.body()).isEqualTo(200);
        Set<String> titles = new TreeSet<>();
        new ObjectMapper()
                .readTree(preview.body())
                .get("activities")
                .forEach(a -> titles.add(a.get("title").asText()));
        return titles;
    }

    private static void awaitSeeds() throws IOException {
        long seedFiles;
        try (var files = java.nio.file.Files.walk(Path.of(buildProperty("seeds.dir")))) {
            seedFiles = files.filter(f -> f.toString().endsWith(".json")).count();
        }
        await().atMost(Duration.ofSeconds(60))
                .untilAsserted(() -> assertThat(Pattern.compile("\"activityId\"")
                                .matcher(get(url("report-projector") + "/api/activities")
                                        .body())
                                .results()
                                .count())
                        .isGreaterThanOrEqualTo(seedFiles));
    }

    @Test
    void thePublisherReportsTheBrokerInItsHealth() throws Exception {
        HttpResponse<String> health = http.send(
                signedIn(URI.create(url("bilateral-service") + "/actuator/health"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body())
                .containsPattern(
                        "\"kafka\":\\{\"details\":\\{\"clusterId\":\"[^\"]+\",\"brokers\":1},\"status\":\"UP\"");
    }

    @Test
    void theApisRefuseTheConsolesIdTokenAndTakeTheAccessTokenIssuedWithIt() throws Exception {
        ConsoleSignIn.Tokens admin = new ConsoleSignIn(standalone.issuer(), standalone.consoleUrl())
                .signIn("admin", standalone.newPasswords().get("admin"));

        for (String api : List.of(
                url("bilateral-service") + "/api/bilateral/activities", url("report-projector") + "/api/activities")) {
            HttpResponse<String> withIdToken = http.send(
                    HttpRequest.newBuilder(URI.create(api))
                            .header("Authorization", "Bearer " + admin.idToken())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(withIdToken.statusCode()).as(api).isEqualTo(401);
            assertThat(withIdToken.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
            assertThat(withIdToken.body()).contains("\"status\":401");

            HttpResponse<String> withAccessToken = http.send(
                    HttpRequest.newBuilder(URI.create(api))
                            .header("Authorization", "Bearer " + admin.accessToken())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(withAccessToken.statusCode())
                    .as(api + ": " + withAccessToken.body())
                    .isEqualTo(200);
        }
    }

    @Test
    void theConsolesAccessTokenIsAShortLivedAccessTokenForTheApis() throws Exception {
        ConsoleSignIn.Tokens admin = new ConsoleSignIn(standalone.issuer(), standalone.consoleUrl())
                .signIn("admin", standalone.newPasswords().get("admin"));
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        String[] parts = admin.accessToken().split("\\.");
        var header = json.readTree(java.util.Base64.getUrlDecoder().decode(parts[0]));
        var claims = json.readTree(java.util.Base64.getUrlDecoder().decode(parts[1]));

        assertThat(header.get("typ").asText()).isEqualTo("at+jwt");
        assertThat(claims.get("aud").toString()).contains("cooplog-api");
        assertThat(claims.get("client_id").asText()).isEqualTo("cooplog-console");
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(300);
        HttpResponse<String> userInfo = http.send(
                HttpRequest.newBuilder(URI.create(standalone.issuer() + "/userinfo"))
                        .header("Authorization", "Bearer " + admin.accessToken())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(userInfo.statusCode())
                .as("the console reads the person's profile with it")
                .isEqualTo(200);
    }

    @Test
    void anAnonymousHealthCheckSeesOnlyTheStatusOnEveryService() throws Exception {
        for (ServiceSpec service : ServiceSpec.ALL) {
            HttpResponse<String> health = http.send(
                    HttpRequest.newBuilder(URI.create(url(service.module()) + "/actuator/health"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).as(service.module()).isEqualTo(200);
            var fields = new java.util.TreeSet<String>();
            new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(health.body())
                    .fieldNames()
                    .forEachRemaining(fields::add);
            assertThat(fields)
                    .as(service.module() + ": " + health.body())
                    .contains("status")
                    .isSubsetOf("status", "groups");
        }
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return http.send(signedIn(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String buildProperty(String name) throws IOException {
        Properties build = new Properties();
        try (InputStream in = Standalone.class.getResourceAsStream("/standalone.properties")) {
            build.load(in);
        }
        return build.getProperty(name);
    }

    private static String url(String module) {
        return "http://localhost:" + ports.get(module);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
