package org.cooplog.console.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.cooplog.console.api.ApiAnswer;
import org.cooplog.console.api.ApiClient;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Issuing a report from the console. What the projector would refuse is not sent: a year or quarter out of bounds,
 * or a period the schedule shows still open. Whatever the projector refuses all the same is shown above the reports
 * in plain words, not as an error page.
 */
@Controller
class IssueController {

    private final ApiClient api;
    private final MessageSource messages;
    private final ReportWording wording;

    IssueController(ApiClient api, MessageSource messages, ReportWording wording) {
        this.api = api;
        this.messages = messages;
        this.wording = wording;
    }

    @PostMapping("/reports/issue")
    String issue(
            @RequestParam String recipient,
            @RequestParam String kind,
            @RequestParam int year,
            @RequestParam(defaultValue = "1") int index,
            RedirectAttributes redirect) {
        int numbered = ReportPeriods.indexFor(kind, index);
        LocalDate today = ReportPeriods.today();
        if (year < ReportPeriods.FIRST_YEAR || year > today.getYear()) {
            return refused(
                    redirect,
                    "reports.refused.year",
                    String.valueOf(ReportPeriods.FIRST_YEAR),
                    String.valueOf(today.getYear()));
        }
        if (numbered < 1 || numbered > 4) {
            return refused(redirect, "reports.refused.index");
        }
        Map<String, Object> open = stillOpen(recipient, kind, year, numbered);
        if (open != null) {
            return refused(redirect, "reports.refused.notClosed", open.get("period"), open.get("lastDay"));
        }
        ApiAnswer answer = api.postJson(
                api.projector("/api/reports").build().toUri(),
                Map.of("recipient", recipient, "kind", kind, "year", year, "index", numbered),
                Map.of());
        if (answer.status() == 409) {
            return refused(redirect, "reports.refused.notClosedByProjector");
        }
        if (answer.status() == 400) {
            return refused(
                    redirect,
                    "reports.refused.invalid",
                    String.join(
                            ", ",
                            answer.problem().fieldErrors().keySet().stream()
                                    .map(this::label)
                                    .toList()));
        }
        Map<String, Object> issued = answer.orThrow().object();
        redirect.addFlashAttribute(
                "issuedReport", wording.periodOfReport(issued.get("reportId"), issued.get("recipient")));
        redirect.addFlashAttribute("issuedTo", issued.get("recipientName"));
        return "redirect:/reports";
    }

    /** The recipient's period as the projector's schedule lists it while it is open, or null. */
    private Map<String, Object> stillOpen(String recipient, String kind, int year, int index) {
        List<Map<String, Object>> schedule = api.get(
                        api.projector("/api/reports/schedule").build().toUri())
                .orThrow()
                .list();
        Map<String, Object> wanted = Map.of("kind", kind, "year", year, "index", index);
        return schedule.stream()
                .filter(entry -> recipient.equals(entry.get("recipient")) && "OPEN".equals(entry.get("status")))
                .filter(entry -> Objects.equals(PeriodKey.parse(String.valueOf(entry.get("period"))), wanted))
                .findFirst()
                .orElse(null);
    }

    /** A parameter the projector named, as the form labels it. */
    private String label(String field) {
        return messages.getMessage("reports.field." + field, null, field, LocaleContextHolder.getLocale());
    }

    private static String refused(RedirectAttributes redirect, String message, Object... arguments) {
        redirect.addFlashAttribute("refusal", message);
        redirect.addFlashAttribute("refusalArguments", arguments);
        return "redirect:/reports";
    }
}
