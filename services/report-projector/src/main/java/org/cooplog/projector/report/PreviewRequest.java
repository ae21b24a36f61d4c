package org.cooplog.projector.report;

import jakarta.validation.constraints.NotBlank;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cooplog.events.report.PeriodKind;
import org.cooplog.projector.report.InvalidReportRequestException.ParameterError;
import org.cooplog.reporting.content.ReportTexts;

/**
 * A draft of any period as the report officer would have it: in the language asked for, or the recipient's, and with
 * the texts written over the generated defaults. Nothing is issued from it.
 *
 * @param lang {@code vi} or {@code en}; null for the recipient's language
 * @param texts the report officer's texts; null, or a null text, leaves the generated default
 */
record PreviewRequest(
        @NotBlank String recipient,
        PeriodKind kind,
        Integer year,
        Integer index,
        String format,
        String lang,
        Texts texts) {

    /** The languages a report is made in. */
    static final Set<String> LANGUAGES = Set.of("vi", "en");

    /** Longest text the report officer may write for one part, after trimming: some pages, not a document. */
    static final int TEXT_LIMIT = 10_000;

    /**
     * The language asked for, checked.
     *
     * @throws InvalidReportRequestException naming {@code lang} when it is neither {@code vi} nor {@code en}
     */
    static String language(String lang) {
        if (lang == null || LANGUAGES.contains(lang)) {
            return lang;
        }
        throw new InvalidReportRequestException(
                List.of(new ParameterError("lang", "is not a language reports are made in: vi or en")));
    }

    /**
     * The texts, trimmed and checked.
     *
     * @throws InvalidReportRequestException naming each text over {@link #TEXT_LIMIT} characters
     */
    ReportTexts reportTexts() {
        if (texts == null) {
            return ReportTexts.DEFAULTS;
        }
        List<ParameterError> errors = new ArrayList<>();
        check("texts.context", texts.context(), errors);
        check("texts.assessment", texts.assessment(), errors);
        check("texts.directions", texts.directions(), errors);
        check("texts.proposals", texts.proposals(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidReportRequestException(errors);
        }
        return new ReportTexts(texts.context(), texts.assessment(), texts.directions(), texts.proposals());
    }

    private static void check(String field, String text, List<ParameterError> errors) {
        if (text != null) {
            String trimmed = text.strip();
            if (trimmed.codePointCount(0, trimmed.length()) > TEXT_LIMIT) {
                errors.add(new ParameterError(field, "is longer than " + TEXT_LIMIT + " characters"));
            }
        }
    }

    /**
     * What the report officer writes: part I's context and parts III to V.
     *
     * @see ReportTexts
     */
    record Texts(String context, String assessment, String directions, String proposals) {}
}
