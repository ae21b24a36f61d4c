package org.cooplog.reporting.render;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cooplog.reporting.content.ReportContent;
import org.cooplog.reporting.content.ReportContent.ActivityRow;
import org.cooplog.reporting.content.ReportContent.Annex;
import org.cooplog.reporting.content.ReportContent.Closing;
import org.cooplog.reporting.content.ReportContent.Heading;
import org.cooplog.reporting.content.ReportContent.Part;
import org.cooplog.reporting.content.ReportContent.Passage;
import org.cooplog.reporting.content.ReportContent.PeriodFacts;
import org.cooplog.reporting.content.ReportContent.Totals;

/**
 * Reports written by hand as the content builder would write them: long Vietnamese titles with every diacritic,
 * empty sections and count tables, an activity table long enough to run over several pages, and text that tries to
 * break out of each format.
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
                    List.of(),
                    i % 2 == 0 ? List.of("Đại sứ quán Phần Lan") : List.of(),
                    false,
                    false));
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
                body(),
                new Closing(
                        "Nơi nhận:",
                        List.of("- Như trên;", "- Tổng Thanh tra Chính phủ (để báo cáo);", "- Lưu: VT, HTQT."),
                        "KT. VỤ TRƯỞNG",
                        "PHÓ VỤ TRƯỞNG",
                        SIGNER),
                annexes(rows),
                "Mã tra cứu: mofa-2021-Q1",
                metadata(),
                new Totals(36, 31, 0, 0, 5, 0, 12, 5, 1234L, 3, 2),
                new PeriodFacts("2021-Q1", "QUARTER", 2021, 1, "2020-12-15", "2021-03-14", "DECREE_09_2019"),
                activities,
                List.of(activities.get(8), activities.get(17)));
    }

    /** Parts I to V as the content builder writes them: per-track passages in II, prose everywhere. */
    private static List<Part> body() {
        return List.of(
                new Part(
                        "I",
                        "TÌNH HÌNH CHUNG",
                        List.of(new Passage(
                                null,
                                List.of(
                                        "Thực hiện chế độ báo cáo định kỳ theo Nghị định số 09/2019/NĐ-CP ngày 24"
                                                + " tháng 01 năm 2019 của Chính phủ, Vụ Hợp tác quốc tế báo cáo kết"
                                                + " quả công tác hợp tác quốc tế quý I năm 2021 (từ ngày 15 tháng 12"
                                                + " năm 2020 đến ngày 14 tháng 3 năm 2021) như sau:",
                                        "Tình hình dịch Covid-19 tiếp tục diễn biến phức tạp, tác động đến việc"
                                                + " triển khai các hoạt động đối ngoại theo kế hoạch.")))),
                new Part(
                        "II",
                        "KẾT QUẢ THỰC HIỆN",
                        List.of(
                                new Passage(
                                        null,
                                        List.of("Trong kỳ, Thanh tra Chính phủ đã tổ chức, tham dự 31 hoạt động hợp"
                                                + " tác quốc tế, trong đó 12 hoạt động chuyển sang hình thức trực"
                                                + " tuyến; 5 hoạt động hoãn.")),
                                new Passage(
                                        "1. Hợp tác song phương",
                                        List.of("Đã phối hợp với Đại sứ quán Cộng hòa Pháp tại Việt Nam và Cơ quan"
                                                + " Phòng, chống tham nhũng của Cộng hòa Pháp tổ chức " + WORKSHOP
                                                + " theo hình thức trực tuyến ngày 17 tháng 3 năm 2021, với 45"
                                                + " người tham dự.")),
                                new Passage(
                                        "2. Nhóm các cơ quan phòng, chống tham nhũng Đông Nam Á (ASEAN-PAC)",
                                        List.of(
                                                "Với vai trò Chủ tịch ASEAN-PAC năm 2021, đã chủ trì " + SECRETARIAT
                                                        + " và hội thảo tập huấn bên lề; các cơ quan thành viên đã thống"
                                                        + " nhất dự thảo sửa đổi Bản ghi nhớ của Nhóm.",
                                                DIACRITICS)))),
                new Part(
                        "III",
                        "ĐÁNH GIÁ CHUNG",
                        List.of(
                                new Passage(
                                        "1. Ưu điểm",
                                        List.of("Các hoạt động được thực hiện theo đúng kế hoạch, đúng tiến độ.")),
                                new Passage(
                                        "2. Hạn chế, nguyên nhân",
                                        List.of("5 hoạt động phải hoãn do dịch Covid-19.")))),
                new Part(
                        "IV",
                        "PHƯƠNG HƯỚNG, NHIỆM VỤ KỲ TỚI",
                        List.of(new Passage(null, List.of("Tiếp tục triển khai các hoạt động theo kế hoạch.")))),
                new Part("V", "KIẾN NGHỊ, ĐỀ XUẤT", List.of(new Passage(null, List.of("Không có.")))));
    }

    /** The Phụ lục after the signature: the activities, the corrections, the unplaced with a footnote. */
    private static List<Annex> annexes(List<List<String>> rows) {
        return List.of(
                new Annex(
                        "Phụ lục I",
                        "DANH MỤC HOẠT ĐỘNG TRONG KỲ BÁO CÁO",
                        "(Kèm theo Báo cáo số 05/BC-HTQT ngày 15 tháng 3 năm 2021 của Vụ Hợp tác quốc tế)",
                        List.of(),
                        List.of("STT", "Hoạt động", "Thời gian", "Hình thức", "Tình hình thực hiện", "Kết quả"),
                        rows,
                        List.of()),
                new Annex(
                        "Phụ lục II",
                        "ĐÍNH CHÍNH THÔNG TIN ĐÃ BÁO CÁO",
                        "(Kèm theo Báo cáo số 05/BC-HTQT ngày 15 tháng 3 năm 2021 của Vụ Hợp tác quốc tế)",
                        List.of("Không có."),
                        List.of(),
                        List.of(),
                        List.of()),
                new Annex(
                        "Phụ lục III",
                        "HOẠT ĐỘNG CHƯA ĐỦ THÔNG TIN ĐỂ XẾP KỲ BÁO CÁO",
                        "(Kèm theo Báo cáo số 05/BC-HTQT ngày 15 tháng 3 năm 2021 của Vụ Hợp tác quốc tế)",
                        List.of("Các hoạt động dưới đây chỉ xác định được tháng hoặc năm thực hiện, chưa xếp được vào"
                                + " kỳ báo cáo và không được tính trong số liệu của báo cáo này."),
                        List.of("STT", "Hoạt động", "Thời gian ghi nhận", "Bộ phận phụ trách"),
                        List.of(
                                List.of("1", DIACRITICS, "năm 2021 (*)", "Bộ phận UNCAC"),
                                List.of("2", FINLAND, "tháng 3/2021", "Bộ phận song phương")),
                        List.of("(*) Hoạt động chỉ xác định được năm thực hiện được tính vào báo cáo năm.")));
    }

    /** The provenance, for the documents' properties only. */
    private static Map<String, String> metadata() {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("cooplog.reportId", "mofa-2021-Q1");
        metadata.put("cooplog.recordedBefore", "2021-03-14T17:00:00Z");
        metadata.put("cooplog.positions", "cooplog.uncac.events-0@12, cooplog.bilateral.events-0@7");
        metadata.put("cooplog.templateVersion", "2026.4");
        return metadata;
    }

    /**
     * A preview in English of a period with nothing recorded: one sentence in part II, the annexes say so, the draft
     * has no number and no reference.
     */
    static ReportContent emptyDraftInEnglish() {
        String attached = "(Attached to Report No.      /BC-HTQT of the International Cooperation Department)";
        return new ReportContent(
                "en",
                true,
                null,
                new Heading(
                        "GOVERNMENT INSPECTORATE",
                        "INTERNATIONAL COOPERATION DEPARTMENT",
                        "No.:      /BC-HTQT",
                        "SOCIALIST REPUBLIC OF VIET NAM",
                        "Independence – Freedom – Happiness",
                        "Hà Nội, 15 March 2021",
                        "REPORT",
                        "International cooperation in quarter 1 of 2021",
                        "To: Ministry of Foreign Affairs"),
                List.of(
                        new Part(
                                "I",
                                "GENERAL SITUATION",
                                List.of(new Passage(
                                        null,
                                        List.of("Under Decree No. 09/2019/ND-CP of 24 January 2019 of the Government,"
                                                + " the International Cooperation Department reports on international"
                                                + " cooperation in quarter 1 of 2021 (from 15 December 2020 to 14 March"
                                                + " 2021) as follows:")))),
                        new Part(
                                "II",
                                "RESULTS",
                                List.of(new Passage(
                                        null,
                                        List.of("No international cooperation activity was recorded in the period.")))),
                        new Part(
                                "III",
                                "GENERAL ASSESSMENT",
                                List.of(
                                        new Passage("1. Strengths", List.of("None.")),
                                        new Passage("2. Limitations and causes", List.of("None.")))),
                        new Part(
                                "IV",
                                "DIRECTIONS AND TASKS FOR THE NEXT PERIOD",
                                List.of(new Passage(null, List.of("No activity is planned for the next period yet.")))),
                        new Part("V", "RECOMMENDATIONS AND PROPOSALS", List.of(new Passage(null, List.of("None."))))),
                new Closing("Copies:", List.of("- As above;", "- Archived: VT, HTQT."), null, "DIRECTOR", SIGNER),
                List.of(
                        new Annex(
                                "Annex I",
                                "ACTIVITIES OF THE PERIOD",
                                attached,
                                List.of("None."),
                                List.of(),
                                List.of(),
                                List.of()),
                        new Annex(
                                "Annex II",
                                "ACTIVITIES WITHOUT ENOUGH INFORMATION TO PLACE IN A REPORTING PERIOD",
                                attached,
                                List.of("The activities below are known only to their month or year: they are not"
                                        + " counted in this report's figures."),
                                List.of("No.", "Activity", "Date recorded", "Desk responsible"),
                                List.of(List.of(
                                        "1",
                                        "Policy dialogue on transparency in public procurement",
                                        "2021 (*)",
                                        "APEC desk")),
                                List.of("(*) Known only to its year: counted in the annual report of that year."))),
                null,
                Map.of("cooplog.templateVersion", "2026.4"),
                new Totals(0, 0, 0, 0, 0, 0, 0, 0, null, 0, 1),
                new PeriodFacts("2021-Q1", "QUARTER", 2021, 1, "2020-12-15", "2021-03-14", "DECREE_09_2019"),
                List.of(),
                List.of());
    }

    /** Text from users that would break a format that does not escape it. */
    static final String HOSTILE = "<script>alert(\"x\")</script> & 'Ngoặc kép' \"; DROP, \u0007\u0000 xong";

    static final String FORMULA = "=HYPERLINK(\"http://example.invalid\",\"Nhấn vào đây\")";

    static final String UNBROKEN = "https://thanhtra.gov.vn/" + "tai-lieu-hoi-thao-lien-chinh-".repeat(5) + "2021.pdf";

    static ReportContent hostile() {
        ReportContent quarterly = quarterly();
        ActivityRow row = new ActivityRow(
                "act-<1>",
                "BILATERAL",
                "OTHER",
                HOSTILE + "\nDòng thứ hai, có \"ngoặc\"",
                "2021-01-20",
                null,
                "ONLINE",
                "HELD",
                List.of(FORMULA, "Đại sứ quán Phần Lan"),
                7,
                true,
                false,
                false,
                List.of(HOSTILE),
                List.of(FORMULA),
                false,
                false);
        return new ReportContent(
                "vi",
                true,
                null,
                heading("Số:      /BC-HTQT", "Kính gửi: " + HOSTILE),
                List.of(new Part(
                        "II",
                        HOSTILE,
                        List.of(
                                new Passage(HOSTILE, List.of(HOSTILE, UNBROKEN)),
                                new Passage(null, List.of(HOSTILE))))),
                quarterly.closing(),
                List.of(new Annex(
                        HOSTILE,
                        HOSTILE,
                        HOSTILE,
                        List.of(HOSTILE),
                        List.of("STT", "Hoạt động <b>", "Tài liệu"),
                        List.of(List.of("1", HOSTILE + "\n" + FORMULA, UNBROKEN)),
                        List.of(HOSTILE, UNBROKEN))),
                "Mã tra cứu: " + HOSTILE,
                Map.of("cooplog.note", HOSTILE),
                quarterly.figures(),
                quarterly.period(),
                List.of(row),
                List.of());
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
