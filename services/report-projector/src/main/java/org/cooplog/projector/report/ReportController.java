package org.cooplog.projector.report;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.cooplog.events.report.PeriodKind;
import org.cooplog.events.report.ReportFormat;
import org.cooplog.events.report.ReportIssued;
import org.cooplog.projector.log.LiveModel;
import org.cooplog.projector.report.InvalidReportRequestException.ParameterError;
import org.cooplog.projector.report.ReportsProperties.RecipientProperties;
import org.cooplog.reporting.content.ReportSpec;
import org.cooplog.reporting.content.ReportTexts;
import org.cooplog.reporting.period.ReportPeriod;
import org.cooplog.reporting.period.ReportingCalendar;
import org.cooplog.reporting.render.Rendition;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The periodic reports: which are issued, which are due, a preview of any period, issuing on request, and every
 * rendition for download.
 */
@RestController
@RequestMapping("/api/reports")
class ReportController {

    /** The formats a report is made in; OTHER, a reader's name for a format it does not know, is none of them. */
    private static final List<ReportFormat> FORMATS = Stream.of(ReportFormat.values())
            .filter(format -> format != ReportFormat.OTHER)
            .toList();

    private final ReportsProperties properties;
    private final ReportRegistry registry;
    private final ReportIssuer issuer;
    private final ReportMaker maker;
    private final ReportReproducer reproducer;
    private final RenditionCache cache;
    private final LiveModel model;
    private final RequestedPeriods periods;
    private final Clock clock;

    ReportController(
            ReportsProperties properties,
            ReportRegistry registry,
            ReportIssuer issuer,
            ReportMaker maker,
            ReportReproducer reproducer,
            RenditionCache cache,
            LiveModel model,
            RequestedPeriods periods,
            Clock clock) {
        this.properties = properties;
        this.registry = registry;
        this.issuer = issuer;
        this.maker = maker;
        this.reproducer = reproducer;
        this.cache = cache;
        this.model = model;
        this.periods = periods;
        this.clock = clock;
    }

    /** Every issued report, newest first. */
    @GetMapping
    List<ReportView> issued() {
        registry.refresh();
        return registry.all().stream().map(ReportView::of).toList();
    }

    @GetMapping("/{reportId}")
    ReportView issued(@PathVariable String reportId) {
        registry.refresh();
        return ReportView.of(find(reportId));
    }

    /** A rendition of an issued report, exactly as issued: made again from the log when not at hand. */
    @GetMapping("/{reportId}/{format}")
    ResponseEntity<byte[]> download(@PathVariable String reportId, @PathVariable String format) {
        registry.refresh();
        ReportIssued report = find(reportId);
        ReportFormat wanted = format(format);
        if (report.getRenditions().stream().noneMatch(issued -> issued.getFormat() == wanted)) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND,
                    "Report " + reportId + " was not issued as " + wanted.name().toLowerCase(Locale.ROOT));
        }
        Rendition rendition = cache.get(reportId, wanted).orElseGet(() -> {
            List<Rendition> again = reproducer.reproduce(report);
            cache.put(reportId, again);
            return again.stream().filter(r -> r.format() == wanted).findFirst().orElseThrow();
        });
        return file(rendition, reportId);
    }

    /** What a recipient's reports are for this year and next: closed, issued, due when. */
    @GetMapping("/schedule")
    List<ScheduleEntry> schedule() {
        registry.refresh();
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(ReportPeriod.ZONE));
        List<ScheduleEntry> entries = new ArrayList<>();
        for (RecipientProperties recipient : properties.recipients()) {
            for (int year = now.getYear(); year <= now.getYear() + 1; year++) {
                for (ReportPeriod period : ReportingCalendar.periodsOf(year, recipient.periods(), recipient.rule())) {
                    String id = ReportMaker.reportId(recipient, period);
                    boolean closed = period.hasClosed(now.toInstant());
                    entries.add(new ScheduleEntry(
                            id,
                            recipient.id(),
                            recipient.name(),
                            recipient.nameEn(),
                            period.key(),
                            period.firstDay(),
                            period.lastDay(),
                            period.closesAt().toInstant(),
                            period.dueOn(recipient.dueDay()),
                            registry.find(id).isPresent() ? "ISSUED" : closed ? "DUE" : "OPEN"));
                }
            }
        }
        return entries;
    }

    /**
     * One report of the schedule: {@code OPEN} until its period closes, then {@code DUE} until {@code ISSUED}.
     *
     * @param recipientNameEn the recipient's English name, null when it has none
     */
    record ScheduleEntry(
            String reportId,
            String recipient,
            String recipientName,
            String recipientNameEn,
            String period,
            LocalDate firstDay,
            LocalDate lastDay,
            Instant closesAt,
            LocalDate dueOn,
            String status) {}

    /**
     * A draft of any period from the log as it stands now, in any format, in the recipient's language or the one
     * asked for; nothing is issued.
     */
    @GetMapping("/preview")
    ResponseEntity<byte[]> preview(
            @RequestParam String recipient,
            @RequestParam PeriodKind kind,
            @RequestParam int year,
            @RequestParam(defaultValue = "1") int index,
            @RequestParam(defaultValue = "html") String format,
            @RequestParam(required = false) String lang) {
        return preview(new PreviewRequest(recipient, kind, year, index, format, lang, null));
    }

    /**
     * A draft as {@link #preview(String, PeriodKind, int, int, String, String)} makes it, with the texts the report
     * officer writes over the generated defaults: what part I's context and parts III to V will say.
     */
    @PostMapping("/preview")
    ResponseEntity<byte[]> preview(@Valid @RequestBody PreviewRequest request) {
        String language = PreviewRequest.language(request.lang());
        ReportTexts texts = request.reportTexts();
        RecipientProperties to = properties.recipient(request.recipient()).inLanguage(language);
        ReportPeriod period = periods.named(to, request.kind(), request.year(), request.index());
        LiveModel.Snapshot snapshot = model.snapshot();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ReportSpec spec =
                maker.spec(to, period, null, null, now, registry.latestCutFor(to.id(), period), snapshot.positions());
        spec = ReportMaker.withTexts(spec, texts);
        ReportFormat wanted = format(request.format() == null ? "html" : request.format());
        Rendition rendition = maker.make(snapshot.model(), spec).stream()
                .filter(r -> r.format() == wanted)
                .findFirst()
                .orElseThrow();
        return file(rendition, "preview-" + ReportMaker.reportId(to, period));
    }

    /**
     * Issues a closed period's report now, if it was not issued before (then the earlier one is answered, 200). A
     * period that has not closed is refused (409) before anything is made: its report would stand for good.
     */
    @PostMapping
    ResponseEntity<ReportView> issue(@Valid @RequestBody IssueRequest request, Principal principal) {
        RecipientProperties to = properties.recipient(request.recipient());
        ReportPeriod period = periods.closed(to, request.kind(), request.year(), request.index());
        ReportIssuer.Issued issued =
                issuer.issue(to, period, false, principal == null ? "anonymous" : principal.getName());
        return ResponseEntity.status(issued.now() ? HttpStatus.CREATED : HttpStatus.OK)
                .header(HttpHeaders.LOCATION, "/api/reports/" + issued.report().getReportId())
                .body(ReportView.of(issued.report()));
    }

    /** Which report to issue: a recipient and a period, bounded by {@link RequestedPeriods}. */
    record IssueRequest(@NotBlank String recipient, PeriodKind kind, Integer year, Integer index) {}

    private ReportIssued find(String reportId) {
        return registry.find(reportId)
                .orElseThrow(() ->
                        new ResponseStatusException(HttpStatus.NOT_FOUND, "No report " + reportId + " was issued"));
    }

    /** The format asked for, by its file extension in any case; OTHER names no format. */
    private static ReportFormat format(String format) {
        return FORMATS.stream()
                .filter(known -> known.name().equalsIgnoreCase(format))
                .findFirst()
                .orElseThrow(() -> new InvalidReportRequestException(List.of(new ParameterError(
                        "format",
                        "'" + format + "' is not a report format: "
                                + String.join(
                                        ", ",
                                        FORMATS.stream()
                                                .map(known -> known.name().toLowerCase(Locale.ROOT))
                                                .toList())))));
    }

    private static ResponseEntity<byte[]> file(Rendition rendition, String name) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(rendition.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        (rendition.format() == ReportFormat.HTML
                                        ? ContentDisposition.inline()
                                        : ContentDisposition.attachment())
                                .filename(name + "." + rendition.fileExtension())
                                .build()
                                .toString())
                .header("X-Content-SHA256", rendition.sha256Hex())
                .body(rendition.bytes());
    }
}
