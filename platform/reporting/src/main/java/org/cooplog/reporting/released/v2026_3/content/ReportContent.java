package org.cooplog.reporting.released.v2026_3.content;

import java.util.List;

/**
 * Everything a periodic report says, already in words of its language, in the order a reader meets it. Renderers
 * (DOCX, PDF, HTML, JSON, CSV) lay it out and add nothing: what a report says is decided here, once.
 *
 * @param language BCP 47 tag, {@code vi} or {@code en}
 * @param draft a preview, not an issued report: no number yet, marked as a draft
 * @param reportId the report's deterministic id, or null for a preview
 */
public record ReportContent(
        String language,
        boolean draft,
        String reportId,
        Heading heading,
        List<String> introduction,
        List<Figure> totals,
        List<CountTable> counts,
        List<Section> sections,
        Closing closing,
        Provenance provenance,
        PeriodFacts period,
        List<ActivityRow> activities) {

    public ReportContent {
        introduction = List.copyOf(introduction);
        totals = List.copyOf(totals);
        counts = List.copyOf(counts);
        sections = List.copyOf(sections);
        activities = List.copyOf(activities);
    }

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
     * @param placedByRule its start is imprecise and the period's boundary crosses it; see the placement rule
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
            boolean placedByRule) {
        public ActivityRow {
            partners = List.copyOf(partners);
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

    /** One headline number: "Tổng số hoạt động: 12". */
    public record Figure(String label, long value) {}

    /** A table of counts: by track, kind, modality or partner. */
    public record CountTable(String title, String labelHeader, String countHeader, List<Figure> rows) {
        public CountTable {
            rows = List.copyOf(rows);
        }
    }

    /**
     * A numbered part of the body: a title, paragraphs, and the activities it lists in a table.
     *
     * @param number Roman numeral, e.g. {@code II}
     * @param columns the header of the activity table; each line has one cell per column
     */
    public record Section(
            String number, String title, List<String> paragraphs, List<String> columns, List<List<String>> rows) {
        public Section {
            paragraphs = List.copyOf(paragraphs);
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

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

    /**
     * What the report was made from, so anyone can make it again from the log: printed small at the end.
     *
     * @param lines e.g. the record-time cut-off, the end offsets read, the template version
     */
    public record Provenance(String title, List<String> lines) {
        public Provenance {
            lines = List.copyOf(lines);
        }
    }
}
