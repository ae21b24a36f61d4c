package org.cooplog.reporting.released.v2026_3;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.cooplog.reporting.released.v2026_3.content.ReportContent;
import org.cooplog.reporting.released.v2026_3.content.ReportContent.ActivityRow;
import org.cooplog.reporting.released.v2026_3.content.ReportContent.Closing;
import org.cooplog.reporting.released.v2026_3.content.ReportContent.CountTable;
import org.cooplog.reporting.released.v2026_3.content.ReportContent.Figure;
import org.cooplog.reporting.released.v2026_3.content.ReportContent.Heading;
import org.cooplog.reporting.released.v2026_3.content.ReportContent.PeriodFacts;
import org.cooplog.reporting.released.v2026_3.content.ReportContent.Provenance;
import org.cooplog.reporting.released.v2026_3.content.ReportContent.Section;

/**
 * The sample reports of template 2026.3, frozen with it, as its pinned digests were taken of them: reports written by
 * hand as its content builder would write them, with long Vietnamese titles with every diacritic, empty sections and
 * count tables, an activity table long enough to run over several pages, and text that tries to break out of each
 * format.
 */
final class SampleReports {

    /** The report's record-time cut: 15 March 2021, 00:00 in Viet Nam. */
    static final Instant DATE = Instant.parse("2021-03-14T17:00:00Z");

    static final String WORKSHOP = "Hội thảo tập huấn trực tuyến chia sẻ kinh nghiệm của Pháp về liêm chính và kiểm"
            + " soát xung đột lợi ích trong hoạt động công vụ";
    static final String SECRETARIAT = "Cuộc họp trực tuyến Ban Thư ký ASEAN-PAC lần thứ 17";
    static final String FINLAND = "Tiếp và làm việc với Đoàn Đại sứ quán Phần Lan về hợp tác phòng, chống tham nhũng";
    static final String DIACRITICS = "Kiểm tra dấu: ỷ ữ ặ ẫ ờ ự ố ỗ";
    static final String SIGNER = "Nguyễn Quốc Văn";

    /** Every Vietnamese letter: each vowel with each of the six tones, and đ, in both cases. */
    static final String ALPHABET = alphabet();

    private static final List<String> TITLES = List.of(
            WORKSHOP,
            SECRETARIAT,
            FINLAND,
            "Phiên họp lần thứ 14 Nhóm rà soát thực thi Công ước Liên hợp quốc về chống tham nhũng (UNCAC)",
            "Khóa tập huấn về thu hồi tài sản do phạm tội tham nhũng mà có, do Văn phòng Liên hợp quốc về Ma túy"
                    + " và Tội phạm (UNODC) tổ chức",
            "Đối thoại chính sách APEC về minh bạch trong mua sắm công",
            DIACRITICS,
            "Bảng chữ cái: " + ALPHABET);

    private SampleReports() {}

    /** An issued quarterly report in Vietnamese with 36 activities. */
    static ReportContent quarterly() {
        List<ActivityRow> activities = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            String title = TITLES.get(i % TITLES.size());
            String day = String.format(java.util.Locale.ROOT, "%02d", 15 + i % 14);
            boolean online = i % 3 == 0;
            activities.add(new ActivityRow(
                    "act-" + (1000 + i),
                    i % 2 == 0 ? "ASEAN_PAC" : "UNCAC",
                    i % 4 == 0 ? "TRAINING" : "SECRETARIAT_MEETING",
                    title,
                    i % 9 == 8 ? "2021-02" : "2021-01-" + day,
                    i % 5 == 0 ? "2021-01-" + day : null,
                    online ? "ONLINE" : "IN_PERSON",
                    i % 7 == 6 ? "POSTPONED" : "HELD",
                    i % 2 == 0 ? List.of("Đại sứ quán Phần Lan", "Bộ Ngoại giao Pháp") : List.of(),
                    i % 7 == 6 ? null : 20 + i,
                    online,
                    i % 7 == 6,
                    i % 9 == 8,
                    i % 18 == 17));
            rows.add(List.of(
                    String.valueOf(i + 1),
                    title + "\n" + (i % 2 == 0 ? "Nhóm ASEAN-PAC – Đào tạo; Đại sứ quán Phần Lan" : "UNCAC – Họp"),
                    day + "/01/2021",
                    online ? "Trực tuyến" : "Trực tiếp",
                    i % 7 == 6 ? "Hoãn; điều chỉnh thời gian" : "Đã tổ chức/tham dự",
                    i % 3 == 1 ? "" : "Thống nhất kế hoạch năm 2021\nĐề xuất đăng cai cuộc họp lần thứ 18"));
        }
        return new ReportContent(
                "vi",
                false,
                "mofa-2021-Q1",
                heading("Số: 05/BC-HTQT", "Kính gửi: Bộ Ngoại giao"),
                List.of(
                        "Thực hiện chế độ báo cáo định kỳ, Vụ Hợp tác quốc tế báo cáo kết quả công tác hợp tác quốc tế"
                                + " kỳ báo cáo từ ngày 15/12/2020 đến ngày 14/03/2021 (quý I năm 2021) như sau:",
                        "Thời gian chốt số liệu theo Nghị định số 09/2019/NĐ-CP và Thông tư số 02/2021/TT-TTCP."),
                List.of(
                        new Figure("Tổng số hoạt động trong kỳ", 36),
                        new Figure("Đã tổ chức, tham dự", 31),
                        new Figure("Hoãn", 5),
                        new Figure("Hủy", 0),
                        new Figure("Chuyển sang hình thức trực tuyến", 12),
                        new Figure("Lượt người tham dự (hoạt động đã tổ chức)", 1234)),
                List.of(
                        new CountTable(
                                "Theo lĩnh vực hợp tác",
                                "Nội dung",
                                "Số hoạt động",
                                List.of(
                                        new Figure(
                                                "Nhóm các cơ quan phòng, chống tham nhũng Đông Nam Á (ASEAN-PAC)", 18),
                                        new Figure("Công ước Liên hợp quốc về chống tham nhũng (UNCAC)", 18))),
                        new CountTable(
                                "Theo hình thức",
                                "Nội dung",
                                "Số hoạt động",
                                List.of(new Figure("Trực tiếp", 24), new Figure("Trực tuyến", 12))),
                        new CountTable("Theo đối tác", "Nội dung", "Số hoạt động", List.of())),
                List.of(
                        new Section(
                                "II",
                                "KẾT QUẢ CÁC HOẠT ĐỘNG TRONG KỲ",
                                List.of(),
                                List.of("STT", "Hoạt động", "Thời gian", "Hình thức", "Tình hình thực hiện", "Kết quả"),
                                rows),
                        new Section(
                                "III",
                                "THỰC HIỆN SO VỚI KẾ HOẠCH",
                                List.of("Trong kỳ có 31 hoạt động đã tổ chức hoặc tham dự, 5 hoạt động hoãn."),
                                List.of("STT", "Hoạt động", "Kế hoạch", "Thay đổi", "Lý do"),
                                List.of(List.of(
                                        "1",
                                        SECRETARIAT,
                                        "18/01/2021\nTrực tiếp",
                                        "Hoãn\nchuyển sang trực tuyến",
                                        "Dịch bệnh COVID-19 diễn biến phức tạp"))),
                        new Section("IV", "ĐOÀN RA, ĐOÀN VÀO", List.of("Không có."), List.of(), List.of()),
                        new Section(
                                "VI",
                                "ĐÍNH CHÍNH THÔNG TIN ĐÃ BÁO CÁO",
                                List.of("Các thông tin được đính chính đến khi lập báo cáo này:"),
                                List.of("STT", "Hoạt động", "Nội dung đính chính", "Thông tin cũ", "Thông tin mới"),
                                List.of(List.of("1", FINLAND, "title", "Đoàn Đại sứ quán Phần Lan", DIACRITICS))),
                        new Section(
                                "VII",
                                "HOẠT ĐỘNG CHƯA XÁC ĐỊNH CHÍNH XÁC THỜI GIAN",
                                List.of("Không có."),
                                List.of(),
                                List.of())),
                new Closing(
                        "Nơi nhận:",
                        List.of("- Bộ Ngoại giao;", "- Tổng Thanh tra Chính phủ (để báo cáo);", "- Lưu: VT, HTQT."),
                        "KT. VỤ TRƯỞNG",
                        "PHÓ VỤ TRƯỞNG",
                        SIGNER),
                new Provenance(
                        "Nguồn số liệu",
                        List.of(
                                "Số liệu lấy từ sổ ghi hoạt động, gồm các sự kiện ghi nhận trước 00:00:00 15/03/2021"
                                        + " (giờ Việt Nam).",
                                "Mẫu báo cáo: 2026.1; mã báo cáo: mofa-2021-Q1")),
                new PeriodFacts("2021-Q1", "QUARTER", 2021, 1, "2020-12-15", "2021-03-14", "DECREE_09_2019"),
                activities);
    }

    private static Heading heading(String number, String addressee) {
        return new Heading(
                "THANH TRA CHÍNH PHỦ",
                "VỤ HỢP TÁC QUỐC TẾ",
                number,
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Hà Nội, ngày 15 tháng 3 năm 2021",
                "BÁO CÁO",
                "Kết quả công tác hợp tác quốc tế quý I năm 2021",
                addressee);
    }

    private static String alphabet() {
        String vowels = "aàáảãạ ăằắẳẵặ âầấẩẫậ eèéẻẽẹ êềếểễệ iìíỉĩị oòóỏõọ ôồốổỗộ ơờớởỡợ uùúủũụ ưừứửữự yỳýỷỹỵ đ";
        return vowels + " " + vowels.toUpperCase(java.util.Locale.ROOT);
    }
}
