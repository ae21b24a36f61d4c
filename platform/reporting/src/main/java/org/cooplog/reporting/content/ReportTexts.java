package org.cooplog.reporting.content;

/**
 * What the report officer writes over the generated defaults: the context of part I and parts III to V. A null text
 * means the generated default stands. The figures are never among them: to change a figure, correct the activity.
 *
 * @param context part I's one or two sentences on the period's circumstances
 * @param assessment part III, Đánh giá chung: strengths, shortcomings and their causes
 * @param directions part IV, Phương hướng, nhiệm vụ kỳ tới
 * @param proposals part V, Kiến nghị, đề xuất
 */
public record ReportTexts(String context, String assessment, String directions, String proposals) {

    /** No text written: every default stands. */
    public static final ReportTexts DEFAULTS = new ReportTexts(null, null, null, null);

    public ReportTexts {
        context = blankToNull(context);
        assessment = blankToNull(assessment);
        directions = blankToNull(directions);
        proposals = blankToNull(proposals);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
