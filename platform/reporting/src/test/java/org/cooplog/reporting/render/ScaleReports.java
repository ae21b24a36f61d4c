package org.cooplog.reporting.render;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.cooplog.reporting.content.ReportContent;
import org.cooplog.reporting.content.ReportContent.ActivityRow;
import org.cooplog.reporting.content.ReportContent.Annex;
import org.cooplog.reporting.content.ReportContent.Part;
import org.cooplog.reporting.content.ReportContent.Passage;

/**
 * A quarterly report of a large log: a quarter of a million-event log holds about 2,500 to 3,000 activities, and the
 * report lists them in several tables of that size. The cells read as the content builder writes them, in
 * Vietnamese, titles and outcomes on two lines.
 */
final class ScaleReports {

    /** The rows of each large table: a little more than a quarter of a million-event log holds. */
    static final int ROWS = 3_000;

    private static final List<String> SUBJECTS = List.of(
            "Hội thảo tập huấn trực tuyến chia sẻ kinh nghiệm về liêm chính trong hoạt động công vụ",
            "Cuộc họp Ban Thư ký ASEAN-PAC",
            "Tiếp và làm việc với Đoàn Đại sứ quán Phần Lan về hợp tác phòng, chống tham nhũng",
            "Phiên họp Nhóm rà soát thực thi Công ước Liên hợp quốc về chống tham nhũng (UNCAC)",
            "Khóa tập huấn về thu hồi tài sản do phạm tội tham nhũng mà có",
            "Đối thoại chính sách APEC về minh bạch trong mua sắm công",
            "Đoàn khảo sát kinh nghiệm thanh tra, kiểm tra tại Cộng hòa Pháp",
            "Tọa đàm về kiểm soát tài sản, thu nhập của người có chức vụ, quyền hạn");

    private static final List<String> PARTNERS = List.of(
            "Đại sứ quán Phần Lan",
            "Bộ Ngoại giao Pháp",
            "UNODC",
            "Ngân hàng Thế giới",
            "Cơ quan Hợp tác Quốc tế Hàn Quốc");

    private static final List<String> OUTCOMES = List.of(
            "Thống nhất kế hoạch hợp tác năm tiếp theo\nĐề xuất đăng cai cuộc họp lần sau",
            "Ký biên bản ghi nhớ về trao đổi thông tin",
            "",
            "Hai bên trao đổi kinh nghiệm xây dựng pháp luật về phòng, chống tham nhũng\nGiao Vụ Pháp chế nghiên cứu");

    private ScaleReports() {}

    /** The sample quarterly report with its body replaced by four tables of {@code rows} rows each. */
    static ReportContent quarterly(int rows) {
        ReportContent sample = SampleReports.quarterly();
        List<ActivityRow> activities = new ArrayList<>();
        List<List<String>> listed = new ArrayList<>();
        List<List<String>> changed = new ArrayList<>();
        List<List<String>> trainings = new ArrayList<>();
        List<List<String>> corrections = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            String number = String.valueOf(i + 1);
            String title = title(i);
            String partner = PARTNERS.get(i % PARTNERS.size());
            String date = String.format(Locale.ROOT, "%02d/%02d/2021", 1 + i % 28, 1 + i % 3);
            boolean online = i % 3 == 0;
            boolean postponed = i % 7 == 6;
            activities.add(new ActivityRow(
                    "act-" + (100_000 + i),
                    i % 2 == 0 ? "ASEAN_PAC" : "BILATERAL",
                    i % 4 == 0 ? "TRAINING" : "MEETING",
                    title,
                    String.format(Locale.ROOT, "2021-%02d-%02d", 1 + i % 3, 1 + i % 28),
                    null,
                    online ? "ONLINE" : "IN_PERSON",
                    postponed ? "POSTPONED" : "HELD",
                    List.of(partner),
                    postponed ? null : 15 + i % 40,
                    online,
                    postponed,
                    false,
                    List.of(),
                    List.of(),
                    false,
                    false));
            listed.add(List.of(
                    number,
                    title + "\nSong phương – Họp; " + partner,
                    date,
                    online ? "Trực tuyến" : "Trực tiếp",
                    postponed ? "Hoãn; điều chỉnh thời gian" : "Đã tổ chức/tham dự",
                    OUTCOMES.get(i % OUTCOMES.size())));
            changed.add(List.of(
                    number,
                    title,
                    date + "\nTrực tiếp",
                    postponed ? "Hoãn" : "Đã tổ chức/tham dự\nChuyển sang trực tuyến",
                    online ? "Dịch bệnh COVID-19 diễn biến phức tạp" : ""));
            trainings.add(List.of(number, title, date, partner, String.valueOf(15 + i % 40)));
            corrections.add(List.of(
                    number, title, "plan.title", SUBJECTS.get((i + 1) % SUBJECTS.size()), title, "Sai tên hoạt động"));
        }
        String attached = "(Kèm theo Báo cáo số 05/BC-HTQT ngày 15 tháng 3 năm 2021 của Vụ Hợp tác quốc tế)";
        List<Annex> annexes = List.of(
                new Annex(
                        "Phụ lục I",
                        "DANH MỤC HOẠT ĐỘNG TRONG KỲ BÁO CÁO",
                        attached,
                        List.of(),
                        List.of("STT", "Hoạt động", "Thời gian", "Hình thức", "Tình hình thực hiện", "Kết quả"),
                        listed,
                        List.of()),
                new Annex(
                        "Phụ lục II",
                        "THỰC HIỆN SO VỚI KẾ HOẠCH",
                        attached,
                        List.of("Trong kỳ có " + rows + " hoạt động đã tổ chức hoặc tham dự."),
                        List.of("STT", "Hoạt động", "Kế hoạch", "Thay đổi", "Lý do"),
                        changed,
                        List.of()),
                new Annex(
                        "Phụ lục III",
                        "ĐÀO TẠO, TẬP HUẤN",
                        attached,
                        List.of(),
                        List.of("STT", "Hoạt động", "Thời gian", "Đối tác", "Số người tham dự"),
                        trainings,
                        List.of()),
                new Annex(
                        "Phụ lục IV",
                        "ĐÍNH CHÍNH THÔNG TIN ĐÃ BÁO CÁO",
                        attached,
                        List.of("Các thông tin đã báo cáo được đính chính như sau:"),
                        List.of("STT", "Hoạt động", "Nội dung đính chính", "Thông tin cũ", "Thông tin mới", "Lý do"),
                        corrections,
                        List.of("Nội dung đính chính theo sổ ghi hoạt động.")));
        return new ReportContent(
                sample.language(),
                false,
                "mofa-2021-Q1-scale",
                sample.heading(),
                sample.body(),
                sample.closing(),
                annexes,
                sample.reference(),
                sample.metadata(),
                sample.figures(),
                sample.period(),
                activities,
                List.of());
    }

    /**
     * A draft whose first paragraph runs over a page and whose only row is taller than a page: the one row that cannot
     * be kept whole, and must continue on the next page inside the margins.
     */
    static ReportContent overlong() {
        ReportContent sample = SampleReports.quarterly();
        String outcomes = String.join("\n", Collections.nCopies(90, OUTCOMES.get(3)));
        String paragraph = sample.body().get(0).passages().get(0).paragraphs().get(0);
        Annex annex = new Annex(
                "Phụ lục I",
                "DANH MỤC HOẠT ĐỘNG TRONG KỲ BÁO CÁO",
                null,
                List.of(),
                List.of("STT", "Hoạt động", "Kết quả"),
                List.of(List.of("1", title(0), outcomes), List.of("2", title(1), OUTCOMES.get(0))),
                List.of());
        return new ReportContent(
                sample.language(),
                true,
                null,
                sample.heading(),
                List.of(new Part(
                        "I",
                        "TÌNH HÌNH CHUNG",
                        List.of(new Passage(null, List.of(String.join(" ", Collections.nCopies(60, paragraph))))))),
                sample.closing(),
                List.of(annex),
                sample.reference(),
                sample.metadata(),
                sample.figures(),
                sample.period(),
                List.of(),
                List.of());
    }

    /** A distinct title per activity, as a log's would be: the subject, then which one it is. */
    private static String title(int i) {
        return SUBJECTS.get(i % SUBJECTS.size()) + " lần thứ " + (1 + i / SUBJECTS.size());
    }
}
