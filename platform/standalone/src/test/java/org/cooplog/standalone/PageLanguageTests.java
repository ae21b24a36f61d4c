package org.cooplog.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cooplog.standalone.PageLanguage.Language;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The language check on the texts the issue found on the console's pages, and on pages that speak as they should. */
class PageLanguageTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "must not be blank",
                "must not be null",
                "must not be before the start",
                "Tên quốc gia: must be an ISO 3166-1 alpha-2 code",
                "'15/03/2022' is not a date",
                "The activity is held; it cannot be postponed",
                "The activity is at version 3, not 2",
                "has the wrong type: Cannot deserialize value of type `java.lang.Integer`",
                "starts",
                "outcomes[0]",
                "participants[0].side",
                "plan.title",
                "details.kind WEBINAR",
                "IN_PERSON",
                "Phiên tiếp nối false",
                "Ghi lúc 2026-12-03T10:23:32.784Z",
                "Ngày 2021-10-18",
                "Tháng 2022-03",
                "QUARTER",
                "HALF_YEAR",
                "Kỳ 2026-M9",
                "Kỳ 2026-Y-cal",
                "Thời gian kiểm tra: 1.111 s",
                "partnerCountry",
                "DESK_BILATERAL",
                "Trạng thái: PLANNED"
            })
    void aVietnamesePageMayNotSayThis(String text) {
        assertThat(PageLanguage.problems(List.of(text), Language.VIETNAMESE))
                .as(text)
                .isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Dòng thời gian",
                "Lập kế hoạch: Song phương",
                "Hội nghị Nhóm công tác APEC ACTWG lần thứ 35",
                "Phiên họp UNCAC; Sáng kiến OGP; ASEAN-PAC",
                "Tải về: PDF · DOCX",
                "Ngày bắt đầu không được để trống",
                "17/03/2022 – 24/03/2022",
                "Ghi lúc 03/12/2026 17:23",
                "Quý IV năm 2021",
                "Thời gian kiểm tra: 1,111 giây",
                "Tệp danh-sach-song-phuong.csv",
                "Bỏ qua, đến nội dung chính",
                "v.v.",
                "bilateral-…",
                "Lập bởi desk.bilateral lúc 17/03/2022 14:05; report.officer"
            })
    void aVietnamesePageMaySayThis(String text) {
        assertThat(PageLanguage.problems(List.of(text), Language.VIETNAMESE)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Ngày bắt đầu không được để trống",
                "Đăng xuất",
                "Plan: Song phương",
                "Status IN_PERSON",
                "Recorded 2026-12-03T10:23:32.784Z",
                "details.topic"
            })
    void anEnglishPageMayNotSayThis(String text) {
        assertThat(PageLanguage.problems(List.of(text), Language.ENGLISH))
                .as(text)
                .isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "The start date must not be empty",
                "Plan: Bilateral",
                "Timeline of the Government Inspectorate of Viet Nam",
                "Periodic reports · Q4 2021",
                "APEC ACTWG, UNCAC, OGP",
                "Recorded 03/12/2026 17:23"
            })
    void anEnglishPageMaySayThis(String text) {
        assertThat(PageLanguage.problems(List.of(text), Language.ENGLISH)).isEmpty();
    }
}
