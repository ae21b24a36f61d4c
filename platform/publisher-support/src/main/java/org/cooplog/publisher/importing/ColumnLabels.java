package org.cooplog.publisher.importing;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The headers staff write for the plan every track shares, in Vietnamese and English, and the one way headers are
 * compared: without case, diacritics or repeated spaces, so "TÊN HOẠT ĐỘNG", "Tên hoạt động" typed on another
 * keyboard (decomposed) and "ten hoat dong" are one column.
 */
final class ColumnLabels {

    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static final Map<String, List<String>> PLAN = Map.ofEntries(
            Map.entry("plan.title", List.of("Tên hoạt động", "Title")),
            Map.entry("plan.titleEn", List.of("Tên tiếng Anh", "English title", "Title (English)")),
            Map.entry("plan.starts", List.of("Ngày bắt đầu", "Starts", "Start date")),
            Map.entry("plan.ends", List.of("Ngày kết thúc", "Ends", "End date")),
            Map.entry("plan.modality", List.of("Hình thức", "Modality")),
            Map.entry("plan.venue.city", List.of("Địa điểm", "Thành phố", "City", "Venue")),
            Map.entry("plan.venue.country", List.of("Nước tổ chức", "Venue country")),
            Map.entry("plan.partners", List.of("Đối tác", "Partners")),
            Map.entry("plan.funders", List.of("Nhà tài trợ", "Funders")),
            Map.entry("plan.delegation.direction", List.of("Chiều đoàn", "Delegation direction")),
            Map.entry("plan.delegation.head.name", List.of("Trưởng đoàn", "Head of delegation")),
            Map.entry("plan.delegation.head.position", List.of("Chức vụ trưởng đoàn", "Head's position")),
            Map.entry("plan.delegation.leadUnit", List.of("Đơn vị chủ trì", "Lead unit")),
            Map.entry("plan.delegation.memberAgencies", List.of("Cơ quan tham gia đoàn", "Member agencies")),
            Map.entry("plan.delegation.size", List.of("Số thành viên đoàn", "Delegation size")),
            Map.entry("plan.programmeItem.year", List.of("Năm chương trình", "Programme year")),
            Map.entry("plan.programmeItem.item", List.of("Mục chương trình đối ngoại", "Programme item")),
            Map.entry("plan.summary", List.of("Tóm tắt", "Nội dung", "Summary")),
            Map.entry("plan.sources", List.of("Nguồn", "Sources", "Source")));

    private ColumnLabels() {}

    static List<String> of(String path) {
        return PLAN.getOrDefault(path, List.of());
    }

    /** The form in which two headers are the same column. */
    static String key(String header) {
        String decomposed = Normalizer.normalize(header.strip(), Normalizer.Form.NFD);
        String unmarked = MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(unmarked.replace('đ', 'd').replace('Đ', 'D').toLowerCase(Locale.ROOT))
                .replaceAll(" ");
    }
}
