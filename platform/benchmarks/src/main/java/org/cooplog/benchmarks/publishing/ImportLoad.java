package org.cooplog.benchmarks.publishing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cooplog.security.Role;
import org.cooplog.security.testing.TestTokens;

/**
 * Bulk import as a desk does it: CSV files of the publisher's largest accepted size (5,000 rows), uploaded two at a
 * time (the publisher checks and publishes two imports at once), each followed until it is published.
 */
final class ImportLoad {

    static final int ROWS_PER_FILE = 5_000;
    private static final int IN_FLIGHT = 2;
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final String HEADER = "Tên hoạt động;Ngày bắt đầu;Ngày kết thúc;Hình thức;Đối tác;details.kind;"
            + "details.partnerCountry;details.topic;details.plannedParticipants";
    private static final List<String> PARTNERS = List.of(
            "Trường Hành chính công Cộng hòa Pháp [INSP] (FR)",
            "Cơ quan Phòng, chống tham nhũng của Cộng hòa Pháp [AFA] (FR)",
            "Ủy ban Chống tham nhũng và Dân quyền Hàn Quốc [ACRC] (KR)",
            "Đại sứ quán Phần Lan (FI)",
            "Ủy ban Chống tham nhũng Malaysia [MACC] (MY)");
    private static final List<String> KINDS = List.of("TRAINING", "WORKSHOP", "STUDY_VISIT", "WEBINAR");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String publisher;

    ImportLoad(String publisher) {
        this.publisher = publisher;
    }

    /** Imports {@code activities} new activities; returns how many the publisher reported published. */
    int run(String batch, int activities) {
        int files = (activities + ROWS_PER_FILE - 1) / ROWS_PER_FILE;
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(IN_FLIGHT);
        try {
            List<Future<Integer>> workers = new ArrayList<>();
            for (int w = 0; w < IN_FLIGHT; w++) {
                workers.add(pool.submit(() -> {
                    int published = 0;
                    for (int file = next.getAndIncrement(); file < files; file = next.getAndIncrement()) {
                        int rows = Math.min(ROWS_PER_FILE, activities - file * ROWS_PER_FILE);
                        published += importFile(batch + "-" + file, csv(batch, file, rows));
                    }
                    return published;
                }));
            }
            int published = 0;
            for (Future<Integer> worker : workers) {
                published += worker.get();
            }
            return published;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("an import failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private int importFile(String name, byte[] csv) throws IOException, InterruptedException {
        String boundary = "cooplog-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + ".csv\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(csv);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> accepted = http.send(
                HttpRequest.newBuilder(URI.create(publisher + "/api/" + PublisherProcess.TRACK + "/imports"))
                        .header("Authorization", bearer())
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException("upload answered " + accepted.statusCode() + ": " + accepted.body());
        }
        URI status = URI.create(publisher)
                .resolve(accepted.headers().firstValue("Location").orElseThrow());
        while (true) {
            HttpResponse<String> answer = http.send(
                    HttpRequest.newBuilder(status)
                            .header("Authorization", bearer())
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher matcher = STATUS.matcher(answer.body());
            String state = matcher.find() ? matcher.group(1) : "?";
            switch (state) {
                case "COMPLETED" -> {
                    return countRows(csv);
                }
                case "REJECTED", "FAILED", "?" ->
                    throw new IllegalStateException(
                            "import " + name + " ended " + state + ": " + abbreviate(answer.body()));
                default -> PublisherProcess.sleep(100);
            }
        }
    }

    /** A file of {@code rows} distinct activities, as a desk's spreadsheet has them. */
    static byte[] csv(String batch, int file, int rows) {
        StringBuilder csv =
                new StringBuilder(rows * 200).append('\uFEFF').append(HEADER).append('\n');
        for (int row = 0; row < rows; row++) {
            int n = file * ROWS_PER_FILE + row;
            int day = 1 + n % 28;
            int month = 1 + n / 28 % 12;
            String kind = KINDS.get(n % KINDS.size());
            csv.append(String.format(
                    Locale.ROOT,
                    "Hội thảo trao đổi kinh nghiệm phòng, chống tham nhũng %s-%d;2021-%02d-%02d;2021-%02d-%02d;%s;%s;%s;%s;"
                            + "Liêm chính trong hoạt động công vụ;%d\n",
                    batch,
                    n,
                    month,
                    day,
                    month,
                    Math.min(28, day + n % 3),
                    n % 3 == 0 ? "Trực tuyến" : "Trực tiếp",
                    PARTNERS.get(n % PARTNERS.size()),
                    kind,
                    PARTNERS.get(n % PARTNERS.size()).replaceAll(".*\\((..)\\)$", "$1"),
                    10 + n % 90));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static int countRows(byte[] csv) {
        int lines = 0;
        for (byte b : csv) {
            if (b == '\n') {
                lines++;
            }
        }
        return lines - 1;
    }

    static String bearer() {
        return TestTokens.bearer("benchmark.desk", Role.DESK_BILATERAL);
    }

    private static String abbreviate(String text) {
        return text.length() > 2_000 ? text.substring(0, 2_000) + "…" : text;
    }
}
