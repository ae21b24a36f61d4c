package org.cooplog.reporting.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything a periodic report says, already in words of its language, in the order a reader meets it. Renderers
 * (DOCX, PDF, HTML, JSON, CSV, XLSX) lay it out and add nothing: what a report says is decided here, once.
 *
 * <p>The signed document is the heading, the {@code body} (parts I to V), the closing (Nơi nhận and signature) and
 * the {@code annexes} after it. Nothing of the machine is printed: the provenance is {@code metadata}, written into
 * the documents' properties and the JSON only; at most {@code reference} stands in the footer.
 *
 * @param language BCP 47 tag, {@code vi} or {@code en}
 * @param draft a preview, not an issued report: no number yet, marked as a draft
 * @param reportId the report's deterministic id, or null for a preview
 * @param body parts I (Tình hình chung) to V (Kiến nghị, đề xuất), in order
 * @param annexes the Phụ lục after the signature: the period's activities, corrections, unplaced activities
 * @param reference the one line the footer may carry, e.g. {@code Mã tra cứu: mofa-2021-Q4}; null for none
 * @param metadata provenance for the documents' properties (DOCX custom properties, PDF document information, HTML
 *     meta): keys such as {@code cooplog.reportId}, in a fixed order; never printed on a page
 * @param figures the period's numbers under stable names, for the JSON and CSV
 * @param unplaced activities of the period's span that cannot be placed in it, counted in no figure
 */
public record ReportContent(
        String language,
        boolean draft,
        String reportId,
        Heading heading,
        List<Part> body,
        Closing closing,
        List<Annex> annexes,
        String reference,
        Map<String, String> metadata,
        Totals figures,
        PeriodFacts period,
        List<ActivityRow> activities,
        List<ActivityRow> unplaced) {

    public ReportContent {
        body = List.copyOf(body);
        annexes = List.copyOf(annexes);
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        activities = List.copyOf(activities);
        unplaced = List.copyOf(unplaced);
    }

    /**
     * A numbered part of the body, e.g. {@code II. KẾT QUẢ THỰC HIỆN}, made of passages.
     *
     * @param number Roman numeral, e.g. {@code II}
     * @param title in capitals as the document prints it
     */
    public record Part(String number, String title, List<Passage> passages) {
        public Part {
            passages = List.copyOf(passages);
        }
    }

    /**
     * Paragraphs under an optional heading: in part II one passage per track, e.g. {@code 1. Hợp tác song phương}.
     *
     * @param heading null for paragraphs straight under the part's title
     * @param paragraphs prose, one string per paragraph, justified with a first-line indent
     */
    public record Passage(String heading, List<String> paragraphs) {
        public Passage {
            paragraphs = List.copyOf(paragraphs);
        }
    }

    /**
     * A Phụ lục after the signature: a label, a title, a table, and notes under it.
     *
     * @param label e.g. {@code Phụ lục I}
     * @param title e.g. {@code DANH MỤC HOẠT ĐỘNG TRONG KỲ BÁO CÁO}
     * @param attachedTo the line under the title, e.g. {@code (Kèm theo Báo cáo số 05/BC-HTQT ngày 15 tháng 3 năm
     *     2021 của Vụ Hợp tác quốc tế)}, printed in italics
     * @param paragraphs text before the table; {@code Không có.} when the table is empty
     * @param columns the table's header, empty when there are no rows
     * @param rows one cell per column; a cell may hold several lines
     * @param notes footnotes printed small under the table, e.g. {@code (*) …}
     */
    public record Annex(
            String label,
            String title,
            String attachedTo,
            List<String> paragraphs,
            List<String> columns,
            List<List<String>> rows,
            List<String> notes) {
        public Annex {
            paragraphs = List.copyOf(paragraphs);
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            notes = List.copyOf(notes);
        }
    }

    /**
     * The period's numbers under names that do not change with the language, for programs reading the JSON. A
     * number nobody recorded is null, never 0.
     *
     * @param activities activities placed in the period (the unplaced are not among them)
     * @param held held or attended
     * @param planned planned and not yet due
     * @param awaitingOutcome planned, their dates passed, no outcome recorded ("chưa cập nhật kết quả")
     * @param participants people who took part in the held activities that counted them; null when none did
     * @param heldWithoutParticipants held activities whose participants were never recorded
     * @param unplaced activities of the period's span that cannot be placed in it
     */
    public record Totals(
            long activities,
            long held,
            long planned,
            long awaitingOutcome,
            long postponed,
            long cancelled,
            long movedOnline,
            long rescheduled,
            Long participants,
            long heldWithoutParticipants,
            long unplaced) {}

    /**
     * The period in machine terms, for the JSON and CSV of the figures.
     *
     * @param key e.g. {@code 2021-Q1}
     * @param rule {@code DECREE_09_2019} or {@code CALENDAR}
     */
    public record PeriodFacts(
            String key, String kind, int year, int index, String firstDay, String lastDay, String rule) {}

    /**
     * One activity of the period, in codes as well as words, for the JSON and CSV of the figures.
     *
     * @param starts the start as written in the log: {@code 2021-10-18}, {@code 2021-09} or {@code 2021}
     * @param organisers who organised or hosted it, by name
     * @param funders who paid for it, by name
     * @param awaitingOutcome planned, its dates passed, no outcome recorded
     * @param yearOnly known only to its year and counted in that year's annual report
     */
    public record ActivityRow(
            String activityId,
            String track,
            String kind,
            String title,
            String starts,
            String ends,
            String modality,
            String status,
            List<String> partners,
            Integer participants,
            boolean movedOnline,
            boolean rescheduled,
            boolean imprecise,
            List<String> organisers,
            List<String> funders,
            boolean awaitingOutcome,
            boolean yearOnly) {
        public ActivityRow {
            partners = List.copyOf(partners);
            organisers = List.copyOf(organisers);
            funders = List.copyOf(funders);
        }
    }

    /**
     * The top of the page, as Decree 30/2020/NĐ-CP lays it out: the governing body and the issuing unit on the left
     * with the number and symbol under them; the national title and motto on the right with place and date under
     * them; then the document type, its summary line and whom it is addressed to.
     *
     * @param documentNumber e.g. {@code Số: 05/BC-HTQT}
     * @param placeAndDate e.g. {@code Hà Nội, ngày 15 tháng 3 năm 2021}
     * @param documentType e.g. {@code BÁO CÁO}
     * @param summary the trích yếu, e.g. {@code Kết quả công tác hợp tác quốc tế quý I năm 2021}
     * @param addressee e.g. {@code Kính gửi: Bộ Ngoại giao}
     */
    public record Heading(
            String governingBody,
            String issuingUnit,
            String documentNumber,
            String nationalTitle,
            String motto,
            String placeAndDate,
            String documentType,
            String summary,
            String addressee) {}

    /**
     * The end of the document: where copies go (Nơi nhận) and the signature block.
     *
     * @param recipientsTitle {@code Nơi nhận:}
     * @param authority e.g. {@code KT. VỤ TRƯỞNG}, or null when the head signs
     * @param signerTitle e.g. {@code VỤ TRƯỞNG}
     */
    public record Closing(
            String recipientsTitle, List<String> recipients, String authority, String signerTitle, String signerName) {
        public Closing {
            recipients = List.copyOf(recipients);
        }
    }
}
