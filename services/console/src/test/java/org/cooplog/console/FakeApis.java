package org.cooplog.console;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The OpenID Connect provider's discovery document, and the publishers and the projector as far as the console's pages need them: canned answers by path, and a record of
 * who called with which token. The console's access rules are what is under test, not the APIs'.
 */
final class FakeApis implements AutoCloseable {

    static final String ACTIVITY = "bilateral-0f8fad5b-d9cb-469f-a165-70867728950e";
    static final String TITLE = "Hội thảo <script>alert('x')</script> về liêm chính";

    private static final String ACTIVITY_JSON = """
            {"activityId": "%s", "track": "bilateral", "version": 2, "status": "PLANNED",
             "plan": {"title": "%s", "starts": "2022-03-17", "modality": "ONLINE", "partners": []},
             "details": {"kind": "WORKSHOP", "partnerCountry": "FR", "topic": "Liêm chính"},
             "allowedSteps": ["reschedule", "change-modality", "held", "postpone", "cancel", "retract", "corrections"],
             "correctable": [{"field": "plan.title", "kind": "TEXT", "optional": false, "choices": [], "value": "%2$s"}],
             "plannedAt": "2026-01-05T02:00:00Z", "plannedBy": "desk.bilateral",
             "history": [{"version": 1, "event": "BilateralActivityPlanned", "recordedAt": "2026-01-05T02:00:00Z",
                          "recordedBy": "desk.bilateral", "service": "bilateral-service", "hash": "ab", "content": {}}]}
            """.formatted(ACTIVITY, TITLE.replace("'", "\\u0027"));

    /** A session of the Implementation Review Group, held online, its title corrected since: part S's pages. */
    static final String HELD_ACTIVITY = "uncac-7d2b0c1e-9a4f-4c8e-b1d2-3e4f5a6b7c8d";

    static final String HELD_TITLE = "Phiên họp lần thứ 12 của Nhóm rà soát thực thi Công ước (IRG)";

    private static final String HELD_ACTIVITY_JSON = """
            {"activityId": "%1$s", "track": "uncac", "version": 3, "status": "HELD",
             "plan": {"title": "%2$s", "titleEn": "Twelfth session of the Implementation Review Group",
                      "starts": "2021-06-14", "ends": "2021-06-18", "modality": "IN_PERSON",
                      "venue": {"city": "Wien", "country": "AT"}, "partners": [], "funders": []},
             "details": {"kind": "BODY_SESSION", "topic": "Rà soát thực thi",
                         "session": {"body": "IMPLEMENTATION_REVIEW_GROUP", "number": 12, "resumed": false}},
             "outcome": {"starts": "2021-06-14", "ends": "2021-06-18", "modality": "ONLINE",
                         "outcomes": ["Thông qua báo cáo", "Chia sẻ kinh nghiệm", "Thống nhất lịch rà soát"],
                         "participants": [{"side": "VIETNAM", "organisation": "Thanh tra Chính phủ", "count": 4},
                                          {"side": "PARTNER", "organisation": null, "count": 1250}],
                         "documents": [], "summary": null},
             "allowedSteps": ["retract", "corrections"],
             "correctable": [
               {"field": "plan.title", "kind": "TEXT", "optional": false, "choices": [], "value": "%2$s"},
               {"field": "plan.starts", "kind": "DATE", "optional": false, "choices": [], "value": "2021-06-14"},
               {"field": "plan.modality", "kind": "CHOICE", "optional": false,
                "choices": ["IN_PERSON", "ONLINE", "HYBRID", "UNSPECIFIED"], "value": "IN_PERSON"},
               {"field": "details.session.resumed", "kind": "YES_NO", "optional": false, "choices": [], "value": false},
               {"field": "outcome.outcomes", "kind": "LINES", "optional": false, "choices": [],
                "value": ["Thông qua báo cáo", "Chia sẻ kinh nghiệm", "Thống nhất lịch rà soát"]}],
             "plannedAt": "2026-12-03T10:23:32.784Z", "plannedBy": "desk.uncac",
             "history": [
               {"version": 1, "event": "UncacActivityPlanned", "recordedAt": "2026-12-03T10:23:32.784Z",
                "recordedBy": "desk.uncac", "service": "uncac-service", "hash": "ab",
                "content": {"plan": {"title": "Phiên họp IRG", "starts": "2021-06-14", "modality": "IN_PERSON",
                                     "partners": []},
                            "details": {"kind": "BODY_SESSION",
                                        "session": {"body": "IMPLEMENTATION_REVIEW_GROUP", "number": 12, "resumed": false}}}},
               {"version": 2, "event": "ActivityHeld", "recordedAt": "2026-12-03T10:30:00Z",
                "recordedBy": "desk.uncac", "service": "uncac-service", "hash": "cd",
                "content": {"starts": "2021-06-14", "ends": "2021-06-18", "modality": "ONLINE",
                            "outcomes": ["Thông qua báo cáo", "Chia sẻ kinh nghiệm", "Thống nhất lịch rà soát"],
                            "participants": [{"side": "VIETNAM", "organisation": "Thanh tra Chính phủ", "count": 4},
                                             {"side": "PARTNER", "organisation": null, "count": 1250}],
                            "documents": [], "summary": null}},
               {"version": 3, "event": "ActivityCorrected", "recordedAt": "2026-12-03T10:40:00Z",
                "recordedBy": "desk.uncac", "service": "uncac-service", "hash": "ef",
                "content": {"field": "plan.title", "oldValue": "\\"Phiên họp IRG\\"",
                            "newValue": "\\"%2$s\\"", "reason": "Tên chưa đầy đủ"}}]}
            """.formatted(HELD_ACTIVITY, HELD_TITLE);

    /** A bilateral workshop postponed to March 2022 for Covid-19. */
    static final String POSTPONED_ACTIVITY = "bilateral-5a1c2b3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    private static final String POSTPONED_ACTIVITY_JSON = """
            {"activityId": "%s", "track": "bilateral", "version": 2, "status": "POSTPONED",
             "statusReason": "Dịch Covid-19", "postponedUntil": "2022-03",
             "plan": {"title": "Hội thảo với Hàn Quốc", "starts": "2021-10-18", "modality": "IN_PERSON", "partners": []},
             "details": {"kind": "WORKSHOP", "partnerCountry": "KR", "topic": "Liêm chính", "plannedParticipants": 30},
             "allowedSteps": ["reschedule", "change-modality", "held", "cancel", "retract", "corrections"],
             "plannedAt": "2026-01-05T02:00:00Z", "plannedBy": "desk.bilateral", "history": []}
            """.formatted(POSTPONED_ACTIVITY);

    static final String OGP_ACTIVITY = "ogp-4b1c7a52-5f1e-4a57-9d40-2d1b5b0c9e11";

    /** The OGP workshop of 9 Nov 2018 as its publisher answers it: organiser in the details, funders in the plan. */
    private static final String OGP_ACTIVITY_JSON = """
            {"activityId": "%s", "track": "ogp", "version": 2, "status": "HELD",
             "plan": {"title": "Hội thảo Tập huấn OGP", "starts": "2018-11-09", "modality": "IN_PERSON", "partners": [],
                      "funders": [{"name": "Bộ Ngoại giao Vương quốc Bỉ",
                                   "nameEn": "Ministry of Foreign Affairs of Belgium",
                                   "abbreviation": null, "country": "BE"},
                                  {"name": "Đại sứ quán Đan Mạch", "nameEn": "Embassy of Denmark",
                                   "abbreviation": null, "country": "DK"}]},
             "details": {"kind": "WORKSHOP", "organiser": {"name": "Tổ chức Hướng tới Minh bạch",
                         "nameEn": "Towards Transparency", "abbreviation": "TT", "country": "VN"}},
             "plannedAt": "2026-01-05T02:00:00Z", "plannedBy": "desk.ogp", "history": []}
            """.formatted(OGP_ACTIVITY);

    /**
     * The timeline as the projector answers it: the OGP training workshop of 9 Nov 2018 (seeds/ogp), organised by
     * Towards Transparency and funded by Belgium and Denmark, and a bilateral workshop with a partner country only.
     */
    static final String TIMELINE = """
            [{"activityId": "%s", "track": "ogp", "kind": "WORKSHOP",
              "title": "Hội thảo Tập huấn “Sáng kiến Đối tác Chính phủ Mở (OGP) và vai trò của các tổ chức xã hội”",
              "starts": "2018-11-09", "ends": null, "modality": "IN_PERSON", "status": "HELD",
              "movedOnline": false, "rescheduled": false, "partners": [],
              "organisers": [{"name": "Tổ chức Hướng tới Minh bạch", "nameEn": "Towards Transparency",
                              "abbreviation": "TT", "country": "VN"}],
              "funders": [{"name": "Bộ Ngoại giao Vương quốc Bỉ", "nameEn": "Ministry of Foreign Affairs of Belgium",
                           "abbreviation": null, "country": "BE"},
                          {"name": "Đại sứ quán Đan Mạch", "nameEn": "Embassy of Denmark",
                           "abbreviation": null, "country": "DK"}],
              "partnerCountry": null, "version": 2, "lastRecordedAt": "2026-01-05T02:00:00Z"},
             {"activityId": "%s", "track": "bilateral", "kind": "WORKSHOP", "title": "Hội thảo với Hàn Quốc",
              "starts": "2022-03-17", "ends": null, "modality": "ONLINE", "status": "PLANNED",
              "movedOnline": false, "rescheduled": false, "partners": [], "organisers": [], "funders": [],
              "partnerCountry": "KR", "version": 1, "lastRecordedAt": "2026-01-05T02:00:00Z"}]
            """.formatted(OGP_ACTIVITY, ACTIVITY);

    /** This year's year report to the Ministry of Foreign Affairs, open until mid-December under the decree. */
    static final String OPEN_PERIOD = Year.now(ZoneId.of("Asia/Ho_Chi_Minh")).getValue() + "-Y";

    private static final String SCHEDULE = """
            [{"reportId": "mofa-%1$s", "recipient": "mofa", "recipientName": "Bộ Ngoại giao",
              "recipientNameEn": "Ministry of Foreign Affairs", "period": "%1$s",
              "firstDay": "2025-12-15", "lastDay": "%2$s-12-14", "closesAt": "%2$s-12-14T17:00:00Z",
              "dueOn": "%2$s-12-25", "status": "OPEN"}]
            """.formatted(OPEN_PERIOD, OPEN_PERIOD.substring(0, 4));

    /** A report issued as the projector lists it: the period in its own shape, days and the instant in ISO. */
    private static final String ISSUED = """
            [{"reportId": "mofa-2021-Q4", "recipient": "mofa", "recipientName": "Bộ Ngoại giao",
              "period": "QUARTER 2021/4", "firstDay": "2021-09-15", "lastDay": "2021-12-14",
              "rule": "DECREE_09_2019", "documentNumber": "06", "language": "vi",
              "issuedAt": "2026-12-03T17:00:00Z", "issuedBy": "report.officer", "automatic": false,
              "templateVersion": "2026.4",
              "renditions": [{"format": "PDF", "sha256": "00", "sizeBytes": 1, "href": "/api/reports/mofa-2021-Q4/pdf"}]}]
            """;

    /** An import whose two rows became activities, named by their titles; the second has no English title. */
    static final String IMPORT_DONE = """
            {"importId": "done", "track": "bilateral", "fileName": "ds.xlsx", "format": "XLSX", "status": "COMPLETED",
             "rowsTotal": 2, "rowsChecked": 2, "errors": [], "replayed": false,
             "activities": [{"row": 2, "activityId": "%s", "version": 1, "title": "Tập huấn về liêm chính",
                             "titleEn": "Training on integrity"},
                            {"row": 3, "activityId": "%s", "version": 1, "title": "Khảo sát tại Hàn Quốc"}]}
            """.formatted(ACTIVITY, OGP_ACTIVITY);

    /** An import refused for a choice that is none of the list's, said by column label in both languages. */
    static final String IMPORT_REFUSED = """
            {"importId": "refused", "track": "bilateral", "fileName": "ds.xlsx", "format": "XLSX", "status": "REJECTED",
             "rowsTotal": 2, "rowsChecked": 2, "activities": [],
             "errors": [{"row": 3, "column": "Hình thức", "columnEn": "Modality", "field": "plan.modality",
                         "problem": "'qua mạng' không phải một trong các giá trị: Trực tiếp, Trực tuyến, Kết hợp",
                         "problemEn": "'qua mạng' is not one of the allowed values: In person, Online, Hybrid"}]}
            """;

    private final HttpServer server;
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    /** Every POST the console made: the path and the body. */
    final List<String> posts = new CopyOnWriteArrayList<>();
    /** Every GET the console made: the path and the query. */
    final List<String> gets = new CopyOnWriteArrayList<>();
    /** Answers a test sets for a POST to a path, before the canned ones: the status and the body. */
    final Map<String, Map.Entry<Integer, String>> postAnswers = new ConcurrentHashMap<>();
    /** Every token revocation the console asked the provider for: the form it sent. */
    final List<String> revocations = new CopyOnWriteArrayList<>();
    /** Answers a test sets for a GET, by path, or by path and query ({@code path?query}); before the canned ones. */
    final Map<String, Map.Entry<Integer, String>> answers = new ConcurrentHashMap<>();

    FakeApis() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    static final String SPREADSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Points the console at these APIs: the provider, the projector and every track's publisher. */
    void register(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.client.provider.cooplog.issuer-uri", this::url);
        registry.add("cooplog.console.projector", this::url);
        for (String track : List.of("uncac", "aseanpac", "apec", "bilateral", "ogp")) {
            registry.add("cooplog.console.publishers." + track, this::url);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/oauth2/revoke")) {
            revocations.add(body);
            respond(exchange, 200, "application/json", new byte[0]);
            return;
        }
        if (path.equals("/.well-known/openid-configuration")) {
            respond(exchange, 200, "application/json", discovery().getBytes(StandardCharsets.UTF_8));
            return;
        }
        boolean post = exchange.getRequestMethod().equals("POST");
        if (post) {
            posts.add(path + " " + body);
        } else {
            gets.add(path + "?" + exchange.getRequestURI().getQuery());
        }
        Map.Entry<Integer, String> answer = post
                ? postAnswers.getOrDefault(path, posted(path, body))
                : answers.getOrDefault(
                        path + "?" + exchange.getRequestURI().getQuery(), answers.getOrDefault(path, got(path)));
        respond(
                exchange,
                answer.getKey(),
                path.endsWith("/pdf") ? "application/pdf" : path.endsWith("/xlsx") ? SPREADSHEET : "application/json",
                answer.getValue().getBytes(StandardCharsets.UTF_8));
    }

    private static void respond(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("ETag", "\"2\"");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }

    /** The provider's discovery document: the console reads its endpoints from it at start-up. */
    private String discovery() {
        return """
                {"issuer": "%1$s", "authorization_endpoint": "%1$s/oauth2/authorize", "token_endpoint": "%1$s/oauth2/token",
                 "jwks_uri": "%1$s/oauth2/jwks", "userinfo_endpoint": "%1$s/userinfo", "revocation_endpoint": "%1$s/oauth2/revoke", "subject_types_supported": ["public"],
                 "response_types_supported": ["code"], "id_token_signing_alg_values_supported": ["RS256"]}
                """.formatted(url());
    }

    private static Map.Entry<Integer, String> got(String path) {
        if (path.equals("/api/activities")) {
            return Map.entry(200, TIMELINE);
        }
        if (path.startsWith("/api/audit/activities/")) {
            return Map.entry(200, "{\"activityId\": \"" + ACTIVITY + "\", \"events\": []}");
        }
        if (path.equals("/api/uncac/activities/" + HELD_ACTIVITY)) {
            return Map.entry(200, HELD_ACTIVITY_JSON);
        }
        if (path.equals("/api/bilateral/activities/" + POSTPONED_ACTIVITY)) {
            return Map.entry(200, POSTPONED_ACTIVITY_JSON);
        }
        if (path.equals("/api/ogp/activities/" + OGP_ACTIVITY)) {
            return Map.entry(200, OGP_ACTIVITY_JSON);
        }
        if (path.matches("/api/\\w+/activities/.+")) {
            return Map.entry(200, ACTIVITY_JSON);
        }
        if (path.equals("/api/reports")) {
            return Map.entry(200, ISSUED);
        }
        if (path.equals("/api/reports/schedule")) {
            return Map.entry(200, SCHEDULE);
        }
        if (path.endsWith("/pdf") || path.equals("/api/reports/preview")) {
            return Map.entry(200, "%PDF-1.7");
        }
        if (path.endsWith("/xlsx")) {
            return Map.entry(200, "PK");
        }
        if (path.startsWith("/api/audit/activities/")) {
            return Map.entry(200, "{\"activityId\": \"" + ACTIVITY + "\", \"events\": []}");
        }
        if (path.equals("/api/audit/as-of")) {
            return Map.entry(200, "{\"instant\": \"2026-01-01T00:00:00Z\", \"activities\": [], \"anomalies\": []}");
        }
        if (path.equals("/api/audit/verify")) {
            return Map.entry(
                    200,
                    "{\"ok\": true, \"records\": 0, \"partitions\": 0, \"checkpointsChecked\": 0, \"seconds\": 0.1,"
                            + " \"findings\": []}");
        }
        if (path.matches("/api/\\w+/imports/(done|refused)")) {
            return Map.entry(200, path.endsWith("done") ? IMPORT_DONE : IMPORT_REFUSED);
        }
        if (path.matches("/api/\\w+/imports/.+")) {
            return Map.entry(
                    200,
                    "{\"importId\": \"i\", \"status\": \"REJECTED\", \"fileName\": \"a.csv\", \"rowsTotal\": 1,"
                            + " \"errors\": [], \"activities\": []}");
        }
        return Map.entry(404, "{\"status\": 404, \"detail\": \"not here\"}");
    }

    /**
     * Issuing for the Central Foreign Affairs Commission is refused as a period not closed, as the projector would;
     * rescheduling the activity to the dates it has is refused as a change that changes nothing.
     */
    private static Map.Entry<Integer, String> posted(String path, String body) {
        if (path.matches("/api/\\w+/activities")) {
            return Map.entry(201, "{\"activityId\": \"" + ACTIVITY + "\", \"version\": 1}");
        }
        if (path.endsWith("/reschedule") && body.contains("\"2022-03-17\"") && !body.contains("\"ends\"")) {
            return Map.entry(
                    422,
                    "{\"type\": \"urn:cooplog:problem:no-change\", \"status\": 422, \"title\": \"No change\","
                            + " \"detail\": \"The activity already has these dates\", \"currentVersion\": 2}");
        }
        if (path.equals("/api/uncac/activities/" + HELD_ACTIVITY + "/postpone")) {
            return Map.entry(
                    409,
                    "{\"type\": \"urn:cooplog:problem:not-allowed-now\", \"status\": 409, \"title\": \"Not allowed now\","
                            + " \"detail\": \"The activity is held; it cannot be postponed\", \"currentVersion\": 3,"
                            + " \"activityStatus\": \"HELD\"}");
        }
        if (path.endsWith("/cancel") && body.contains("Trùng lịch")) {
            return Map.entry(
                    412,
                    "{\"type\": \"urn:cooplog:problem:stale-version\", \"status\": 412, \"title\": \"Stale version\","
                            + " \"detail\": \"The activity is at version 2, not 1\", \"currentVersion\": 2}");
        }
        if (path.endsWith("/held") && body.contains("Bộ Tư pháp Hàn Quốc") && !body.contains("\"count\":7")) {
            return Map.entry(
                    400,
                    "{\"type\": \"urn:cooplog:problem:invalid-request\", \"status\": 400, \"title\": \"Invalid request\","
                            + " \"errors\": [{\"field\": \"ends\", \"code\": \"endBeforeStart\","
                            + " \"message\": \"must not be before the start\"},"
                            + " {\"field\": \"participants[1].count\", \"code\": \"required\","
                            + " \"message\": \"must not be null\"}]}");
        }
        if (path.matches("/api/\\w+/activities/.+/\\w[\\w-]*")) {
            return Map.entry(200, "{\"activityId\": \"" + ACTIVITY + "\", \"version\": 3}");
        }
        if (path.matches("/api/\\w+/imports")) {
            return Map.entry(
                    400,
                    "{\"type\": \"urn:cooplog:problem:empty-file\", \"status\": 400, \"title\": \"Empty file\","
                            + " \"detail\": \"Tệp không có dòng hoạt động nào dưới dòng tiêu đề.\","
                            + " \"detailEn\": \"The file has no activity rows under its header row.\"}");
        }
        if (path.equals("/api/reports") && body.contains("\"cfac\"")) {
            return Map.entry(409, "{\"status\": 409, \"title\": \"Period not closed\", \"detail\": \"not closed\"}");
        }
        if (path.equals("/api/reports")) {
            return Map.entry(
                    201,
                    "{\"reportId\": \"mofa-2021-Q4\", \"recipient\": \"mofa\", \"recipientName\": \"Bộ Ngoại giao\"}");
        }
        return Map.entry(404, "{\"status\": 404}");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
