package org.cooplog.publisher.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The corpus of bad input every publisher must refuse, each case distinct: headers that cannot be answered or
 * taken, bodies that are not the request's JSON, values of the wrong JSON type, text that cannot be shown
 * faithfully, implausible dates, and the same for the lifecycle commands every track shares. Each is written
 * against an otherwise valid request, so the one mistake is the only reason to refuse it.
 */
public final class BadInputs {

    /** Where a case's body takes the track's valid {@code details}. */
    static final String DETAILS = "<details>";

    private static final String JSON = "application/json";

    private final List<BadInput> cases = new ArrayList<>();

    private BadInputs() {}

    /** Every case, for an activity planned with {@link #VALID_PLAN} and the track's details, at version 1. */
    public static List<BadInput> all() {
        BadInputs corpus = new BadInputs();
        corpus.headers();
        corpus.bodies();
        corpus.types();
        corpus.texts();
        corpus.dates();
        corpus.lifecycle();
        return List.copyOf(corpus.cases);
    }

    /** The plan of a valid request; the corpus changes one field of it at a time. */
    static Map<String, String> validPlan() {
        Map<String, String> plan = new LinkedHashMap<>();
        plan.put("title", "\"Hội thảo về phòng, chống tham nhũng\"");
        plan.put("titleEn", "\"Workshop on anti-corruption\"");
        plan.put("starts", "\"2021-10-18\"");
        plan.put("ends", "\"2021-10-22\"");
        plan.put("modality", "\"IN_PERSON\"");
        plan.put("venue", "{\"city\": \"Hà Nội\", \"country\": \"VN\"}");
        plan.put(
                "partners",
                "[{\"name\": \"Cơ quan Chống tham nhũng Pháp\", \"abbreviation\": \"AFA\", \"country\": \"FR\"}]");
        plan.put("summary", "\"Trao đổi kinh nghiệm\"");
        return plan;
    }

    /** A whole planning request whose plan is the valid one changed by {@code change}. */
    static String planWith(Consumer<Map<String, String>> change) {
        Map<String, String> plan = validPlan();
        change.accept(plan);
        StringBuilder json = new StringBuilder("{\"plan\": {");
        plan.forEach((field, value) ->
                json.append('"').append(field).append("\": ").append(value).append(", "));
        if (!plan.isEmpty()) {
            json.setLength(json.length() - 2);
        }
        return json.append("}, \"details\": ").append(DETAILS).append('}').toString();
    }

    /** A track's own case: a valid plan with the given, bad, details; answered 400 naming {@code names}. */
    public static BadInput details(String details, String names) {
        return new BadInput(
                "details = " + details, "", Map.of(), validPlanRequest().replace(DETAILS, details), 400, names);
    }

    /** A track's own case: a command of the track on the activity at version 1; answered 400 naming {@code names}. */
    public static BadInput commandCase(String command, String body, String names) {
        return new BadInput(command + " " + body, command, withVersion(Map.of()), body, 400, names);
    }

    static String validPlanRequest() {
        return planWith(plan -> {});
    }

    private void plan(String name, Map<String, String> headers, String body, int status, String names) {
        cases.add(new BadInput(name, "", headers, body, status, names));
    }

    private void planField(String field, String value, String names) {
        plan("plan." + field + " = " + value, Map.of(), planWith(plan -> plan.put(field, value)), 400, names);
    }

    private void command(String command, Map<String, String> headers, String body, int status, String names) {
        String name = command + (headers.isEmpty() ? "" : " " + headers) + " " + body;
        cases.add(new BadInput(name, command, withVersion(headers), body, status, names));
    }

    private void command(String command, String body, String names) {
        command(command, Map.of(), body, 400, names);
    }

    private static Map<String, String> withVersion(Map<String, String> headers) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("If-Match", "\"1\"");
        all.putAll(headers);
        all.values().removeIf(String::isEmpty);
        return all;
    }

    private void headers() {
        for (String accept :
                List.of("application/xml", "text/html", "image/png", "text/csv", "text/plain", "application/yaml")) {
            plan("Accept: " + accept, Map.of("Accept", accept), validPlanRequest(), 406, "Accept");
        }
        for (String type : List.of(
                "text/plain",
                "application/xml",
                "application/x-www-form-urlencoded",
                "multipart/form-data;boundary=x",
                "text/json",
                "application/jsonx")) {
            plan("Content-Type: " + type, Map.of("Content-Type", type), validPlanRequest(), 415, "Content-Type");
        }
        for (String charset : List.of("ISO-8859-1", "UTF-16", "windows-1258")) {
            plan(
                    "Content-Type: application/json;charset=" + charset,
                    Map.of("Content-Type", JSON + ";charset=" + charset),
                    validPlanRequest(),
                    415,
                    "Content-Type");
        }
        plan("Idempotency-Key of blanks", Map.of("Idempotency-Key", "   "), validPlanRequest(), 400, "Idempotency-Key");
        plan(
                "Idempotency-Key of 256 characters",
                Map.of("Idempotency-Key", "k".repeat(256)),
                validPlanRequest(),
                400,
                "Idempotency-Key");
    }

    private void bodies() {
        for (String body : List.of(
                "",
                "{",
                "[]",
                "\"plan\"",
                "42",
                "null",
                "{\"plan\": }",
                "{} {}",
                "{'plan': {}}",
                "{\"plan\": {\"title\": \"x\",}}",
                "// comment\n{}",
                "{\"plan\": NaN}")) {
            plan("body " + body, Map.of(), body, 400, "body");
        }
        plan("plan missing", Map.of(), "{\"details\": " + DETAILS + "}", 400, "plan");
        plan("plan null", Map.of(), "{\"plan\": null, \"details\": " + DETAILS + "}", 400, "plan");
        plan("plan a string", Map.of(), "{\"plan\": \"x\", \"details\": " + DETAILS + "}", 400, "plan");
        plan("plan a list", Map.of(), "{\"plan\": [], \"details\": " + DETAILS + "}", 400, "plan");
        plan(
                "unknown field at the top",
                Map.of(),
                validPlanRequest().replace("{\"plan\"", "{\"extra\": 1, \"plan\""),
                400,
                "extra");
        planField("titel", "\"misspelt\"", "plan.titel");
        plan(
                "body over the size limit",
                Map.of(),
                planWith(plan -> plan.put("summary", "\"" + "x".repeat(70_000) + "\"")),
                413,
                "body");
    }

    private void types() {
        for (String value : List.of("12345", "true", "[]", "{}", "1.5")) {
            planField("title", value, "plan.title");
        }
        for (String value : List.of("false", "7")) {
            planField("titleEn", value, "plan.titleEn");
        }
        for (String value : List.of(
                "20211018",
                "true",
                "\"2021-13-01\"",
                "\"2021-02-30\"",
                "\"18-10-2021\"",
                "\"2021/10/18\"",
                "\"\"",
                "\"21-10-18\"",
                "{}")) {
            planField("starts", value, "plan.starts");
        }
        for (String value :
                List.of("1", "0", "\"online\"", "\"ONLINE \"", "\"\"", "true", "\"HYBRID_X\"", "[\"ONLINE\"]")) {
            planField("modality", value, "plan.modality");
        }
        planField("venue", "\"Hà Nội\"", "plan.venue");
        planField("venue", "{\"city\": \"Hà Nội\", \"country\": 84}", "plan.venue.country");
        planField("venue", "{\"city\": \"Hà Nội\", \"country\": \"VNM\"}", "plan.venue.country");
        planField("venue", "{\"city\": \"Hà Nội\", \"country\": \"vn\"}", "plan.venue.country");
        planField("partners", "\"FR\"", "plan.partners");
        planField("partners", "{\"name\": \"AFA\"}", "plan.partners");
        planField("partners", "[1]", "plan.partners[0]");
        planField("partners", "[{\"name\": 5}]", "plan.partners[0].name");
        planField("partners", "[{\"name\": \"AFA\", \"country\": \"France\"}]", "plan.partners[0].country");
        planField("partners", "[null]", "plan.partners[0]");
        planField("delegation", "{\"direction\": 0}", "plan.delegation.direction");
        planField("delegation", "{\"direction\": \"SIDEWAYS\"}", "plan.delegation.direction");
        for (String size : List.of("1.5", "\"10\"", "1e3", "-1", "10001", "true", "99999999999")) {
            planField("delegation", "{\"direction\": \"INBOUND\", \"size\": " + size + "}", "plan.delegation.size");
        }
        for (String year : List.of("\"2021\"", "2021.5", "1989", "null")) {
            planField("programmeItem", "{\"year\": " + year + ", \"item\": \"Mục 3\"}", "plan.programmeItem.year");
        }
        planField("programmeItem", "{\"year\": 2021, \"item\": 7}", "plan.programmeItem.item");
        planField("programmeItem", "{\"year\": 2021}", "plan.programmeItem.item");
        planField("sources", "[{\"title\": \"\"}]", "plan.sources[0].title");
        planField("sources", "[{\"title\": 3}]", "plan.sources[0].title");
        planField("summary", "12345", "plan.summary");
        planField("summary", "\"" + "x".repeat(4001) + "\"", "plan.summary");
    }

    private void texts() {
        for (String character : List.of(
                "\\u0000",
                "\\u0007",
                "\\u001b",
                "\\u007f",
                "\\u0085",
                "\\u009b",
                "\\ud800",
                "\\udc00",
                "\\uffff",
                "\\ufffe",
                "\\ufdd0",
                "\\ud83f\\udfff",
                "\\u202a",
                "\\u202b",
                "\\u202c",
                "\\u202d",
                "\\u202e",
                "\\u2066",
                "\\u2067",
                "\\u2068",
                "\\u2069",
                "\\n",
                "\\t",
                "\\r")) {
            planField("title", "\"abc" + character + "def\"", "plan.title");
        }
        for (String invisible :
                List.of("\\u200b\\u200b", "\\u2060", "\\ufeff", "\\u00a0", "\\u3164", " \\u200b ", "\\u200d\\u200c")) {
            planField("title", "\"" + invisible + "\"", "plan.title");
        }
        planField("summary", "\"abc\\u0000def\"", "plan.summary");
        planField("summary", "\"abc\\u202etxt.exe\"", "plan.summary");
        planField("summary", "\"\\u200b\"", "plan.summary");
        planField("titleEn", "\"abc\\ud800\"", "plan.titleEn");
        planField("partners", "[{\"name\": \"AFA\\u202e\"}]", "plan.partners[0].name");
        planField("venue", "{\"city\": \"Hà\\u0007Nội\", \"country\": \"VN\"}", "plan.venue.city");
        planField("sources", "[{\"title\": \"\\u200b\"}]", "plan.sources[0].title");
        planField(
                "delegation",
                "{\"direction\": \"INBOUND\", \"head\": {\"name\": \"\\u001b[31m\"}}",
                "plan.delegation.head.name");
    }

    private void dates() {
        for (String day : List.of("\"0000\"", "\"1066-10-14\"", "\"1989-12\"", "\"2099\"", "\"9999-12-31\"")) {
            planField("starts", day, "plan.starts");
        }
        plan("plan.ends in 2099", Map.of(), planWith(plan -> plan.put("ends", "\"2099-01-01\"")), 400, "plan.ends");
    }

    private void lifecycle() {
        command("held", "{\"starts\": \"2099-01-01\", \"modality\": \"ONLINE\"}", "starts");
        command("held", "{\"starts\": \"2021-10-18\", \"modality\": 1}", "modality");
        for (String count : List.of("1.5", "\"3\"", "-1")) {
            command(
                    "held",
                    "{\"starts\": \"2021-10-18\", \"modality\": \"ONLINE\", \"participants\": [{\"side\": \"VIETNAM\","
                            + " \"count\": " + count + "}]}",
                    "participants[0].count");
        }
        command(
                "held",
                "{\"starts\": \"2021-10-18\", \"modality\": \"ONLINE\", \"participants\": [{\"side\": 0, \"count\": 3}]}",
                "participants[0].side");
        command(
                "held",
                "{\"starts\": \"2021-10-18\", \"modality\": \"ONLINE\", \"outcomes\": \"kết quả\"}",
                "outcomes");
        command("held", "{\"starts\": \"2021-10-18\", \"modality\": \"ONLINE\", \"outcomes\": [1]}", "outcomes[0]");
        command(
                "held",
                "{\"starts\": \"2021-10-18\", \"modality\": \"ONLINE\", \"outcomes\": [\"\\u200b\"]}",
                "outcomes[0]");
        command(
                "held",
                "{\"starts\": \"2021-10-18\", \"modality\": \"ONLINE\", \"outcomes\": [\"a\\u0000\"]}",
                "outcomes[0]");
        command(
                "held",
                "{\"starts\": \"2021-10-18\", \"modality\": \"ONLINE\", \"documents\": [{\"title\": \"MoU\", \"kind\": 0}]}",
                "documents[0].kind");
        command(
                "held",
                "{\"starts\": \"2021-10-18\", \"modality\": \"ONLINE\", \"documents\": [{\"title\": \"M\\ud800\","
                        + " \"kind\": \"MOU\"}]}",
                "documents[0].title");
        command("cancel", "{\"reason\": 12345}", "reason");
        command("cancel", "{\"reason\": \"\"}", "reason");
        command("cancel", "{\"reason\": \"\\u200b\\u200b\"}", "reason");
        command("cancel", "{\"reason\": \"a\\u0007\"}", "reason");
        command("cancel", "{}", "reason");
        command("retract", "{\"reason\": true}", "reason");
        command("postpone", "{\"reason\": \"Đối tác đề nghị\", \"until\": \"2000-01\"}", "until");
        command("postpone", "{\"reason\": \"Đối tác đề nghị\", \"until\": \"1066\"}", "until");
        command("reschedule", "{\"ends\": \"2021-11\"}", "starts");
        command("reschedule", "{\"starts\": \"1066-10-14\"}", "starts");
        command("reschedule", "{\"starts\": \"2021-11-20\", \"ends\": \"2021-11-10\"}", "ends");
        command("reschedule", "{\"starts\": 2021.10}", "starts");
        command("change-modality", "{\"modality\": \"online\"}", "modality");
        command("change-modality", "{\"modality\": 1}", "modality");
        command("change-modality", "{\"modality\": \"ONLINE\", \"venue\": {\"country\": \"VNM\"}}", "venue.country");
        command("corrections", "{\"field\": \"\", \"newValue\": \"x\", \"reason\": \"Sửa\"}", "field");
        command("corrections", "{\"field\": \"plan.nope\", \"newValue\": \"x\", \"reason\": \"Sửa\"}", "field");
        command("corrections", "{\"field\": \"plan.title\", \"newValue\": 12345, \"reason\": \"Sửa\"}", "plan.title");
        command(
                "corrections",
                "{\"field\": \"plan.title\", \"newValue\": \"abc\\u202etxt\", \"reason\": \"Sửa\"}",
                "newValue");
        String cancel = "{\"reason\": \"Đối tác hủy\"}";
        for (String version : List.of("abc", "1", "\"1", "\"1\" \"2\"")) {
            command("cancel", Map.of("If-Match", version), cancel, 400, "If-Match");
        }
        command("cancel", Map.of("If-Match", ""), cancel, 428, "If-Match");
        command("cancel", Map.of("If-Match", "W/\"1\""), cancel, 412, "If-Match");
        for (String version : List.of("\"7\"", "\"99999999999\"", "\"7\", \"8\"")) {
            command("cancel", Map.of("If-Match", version), cancel, 412, "version");
        }
        command("cancel", Map.of("Idempotency-Key", "   "), cancel, 400, "Idempotency-Key");
        command("cancel", Map.of("Accept", "application/xml"), cancel, 406, "Accept");
        command("cancel", Map.of("Content-Type", "text/plain"), cancel, 415, "Content-Type");
        command("cancel", Map.of("Content-Type", JSON + ";charset=ISO-8859-1"), cancel, 415, "Content-Type");
    }
}
