package org.cooplog.console.report;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cooplog.console.api.ApiAnswer;
import org.cooplog.console.api.ApiClient;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The periodic reports: issued ones to download, which are due when, and a draft of any period. */
@Controller
class ReportController {

    static final List<String> FORMATS = List.of("docx", "pdf", "html", "json", "csv", "xlsx");
    static final List<String> KINDS = List.of("QUARTER", "HALF_YEAR", "NINE_MONTHS", "YEAR");
    /** The languages a report is made in, Vietnamese first: what the projector's preview takes as {@code lang}. */
    static final List<String> LANGUAGES = List.of("vi", "en");

    private final ApiClient api;
    private final ReportWording wording;

    ReportController(ApiClient api, ReportWording wording) {
        this.api = api;
        this.wording = wording;
    }

    @GetMapping("/reports")
    String reports(Model model) {
        List<Map<String, Object>> schedule = api.get(
                        api.projector("/api/reports/schedule").build().toUri())
                .orThrow()
                .list();
        List<Map<String, Object>> issued =
                api.get(api.projector("/api/reports").build().toUri()).orThrow().list();
        boolean english = LocaleContextHolder.getLocale().getLanguage().equals("en");
        Map<String, Object> recipients = new LinkedHashMap<>();
        schedule.forEach(entry -> recipients.putIfAbsent(
                String.valueOf(entry.get("recipient")),
                english && entry.get("recipientNameEn") != null
                        ? entry.get("recipientNameEn")
                        : entry.get("recipientName")));
        schedule.forEach(entry -> entry.put("recipientName", recipients.get(String.valueOf(entry.get("recipient")))));
        schedule.forEach(entry -> {
            entry.putAll(PeriodKey.parse(String.valueOf(entry.get("period"))));
            entry.put("periodName", wording.period(String.valueOf(entry.get("period"))));
            entry.put(
                    "range",
                    ReportWording.day(entry.get("firstDay")) + " – " + ReportWording.day(entry.get("lastDay")));
            entry.put("dueOnText", ReportWording.day(entry.get("dueOn")));
        });
        issued.forEach(entry -> {
            entry.put(
                    "recipientName",
                    recipients.getOrDefault(String.valueOf(entry.get("recipient")), entry.get("recipientName")));
            entry.put("periodName", wording.periodOfReport(entry.get("reportId"), entry.get("recipient")));
            entry.put(
                    "range",
                    ReportWording.day(entry.get("firstDay")) + " – " + ReportWording.day(entry.get("lastDay")));
            entry.put("issuedAtText", ReportWording.time(entry.get("issuedAt")));
        });
        model.addAttribute("schedule", schedule);
        model.addAttribute("issued", issued);
        model.addAttribute("recipients", recipients);
        model.addAttribute("kinds", KINDS);
        model.addAttribute("formats", FORMATS);
        model.addAttribute("languages", LANGUAGES);
        LocalDate today = ReportPeriods.today();
        model.addAttribute("year", today.getYear());
        model.addAttribute("previewYears", ReportPeriods.previewYears(today));
        model.addAttribute("issueYears", ReportPeriods.issueYears(today));
        return "reports";
    }

    @GetMapping("/reports/{reportId}/{format:docx|pdf|html|json|csv|xlsx}")
    ResponseEntity<byte[]> download(@PathVariable String reportId, @PathVariable String format) {
        return file(api.get(api.projector("/api/reports/{id}/{format}")
                .buildAndExpand(reportId, format)
                .toUri()));
    }

    /**
     * A draft as the projector makes it. The language is sent as the projector's {@code lang}; the form calls it
     * {@code language}, since {@code lang} switches the console's own language.
     */
    @GetMapping("/reports/preview")
    ResponseEntity<byte[]> preview(
            @RequestParam String recipient,
            @RequestParam String kind,
            @RequestParam int year,
            @RequestParam(defaultValue = "1") int index,
            @RequestParam(defaultValue = "html") String format,
            @RequestParam(required = false) String language) {
        UriComponentsBuilder uri = api.projector("/api/reports/preview")
                .queryParam("recipient", recipient)
                .queryParam("kind", kind)
                .queryParam("year", year)
                .queryParam("index", ReportPeriods.indexFor(kind, index))
                .queryParam("format", format);
        if (language != null && !language.isBlank()) {
            uri.queryParam("lang", language);
        }
        return file(api.get(uri.build().encode().toUri()));
    }

    /**
     * The file as the projector made it, with its type, name and content policy: an HTML report keeps its own
     * styles, and still runs nothing.
     */
    private static ResponseEntity<byte[]> file(ApiAnswer answer) {
        answer.orThrow();
        ResponseEntity.BodyBuilder response =
                ResponseEntity.ok().contentType(answer.headers().getContentType());
        for (String name :
                List.of(HttpHeaders.CONTENT_DISPOSITION, "Content-Security-Policy", "X-Content-Sha256", "Digest")) {
            String value = answer.headers().getFirst(name);
            if (value != null) {
                response.header(name, value);
            }
        }
        return response.body(answer.body());
    }
}
