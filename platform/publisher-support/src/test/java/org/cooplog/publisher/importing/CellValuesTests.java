package org.cooplog.publisher.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CellValuesTests {

    private static final Map<String, Column> COLUMNS =
            Sheets.SAMPLE.columns().stream().collect(Collectors.toMap(Column::path, Function.identity()));
    private static final CellReader CELLS = new CellReader(Sheets.JSON);

    @ParameterizedTest
    @CsvSource(
            delimiterString = "=>",
            value = {
                "plan.starts                 => 2021-10-18    => \"2021-10-18\"",
                "plan.starts                 => 2021-09       => \"2021-09\"",
                "plan.starts                 => 2021          => \"2021\"",
                "plan.starts                 => 18/10/2021    => \"2021-10-18\"",
                "plan.starts                 => 8.3.2021      => \"2021-03-08\"",
                "plan.starts                 => 9/2021        => \"2021-09\"",
                "plan.modality               => ONLINE        => \"ONLINE\"",
                "plan.modality               => in person     => \"IN_PERSON\"",
                "plan.modality               => Trực tuyến    => \"ONLINE\"",
                "plan.modality               => TRỰC TIẾP     => \"IN_PERSON\"",
                "plan.delegation.direction   => Đoàn ra       => \"OUTBOUND\"",
                "details.kind                => study-visit   => \"STUDY_VISIT\"",
                "details.kind                => Khảo sát, học tập => \"STUDY_VISIT\"",
                "details.kind                => Study visit   => \"STUDY_VISIT\"",
                "plan.modality               => Hybrid        => \"HYBRID\"",
                "details.partnerCountry      => Hàn Quốc (KR) => \"KR\"",
                "details.partnerCountry      => han quoc      => \"KR\"",
                "details.partnerCountry      => South Korea   => \"KR\"",
                "details.partnerCountry      => kr            => \"KR\"",
                "plan.venue.country          => Pháp          => \"FR\"",
                "details.plannedParticipants => 45            => 45",
                "details.plannedParticipants => 45.0          => 45",
                "details.followUp            => có            => true",
                "details.followUp            => Không         => false",
                "details.tags                => a; b ;; c     => [\"a\",\"b\",\"c\"]",
                "details.review.kinds        => training;STUDY_VISIT => [\"TRAINING\",\"STUDY_VISIT\"]",
                "plan.sources                => Báo cáo 12/BC => [{\"title\":\"Báo cáo 12/BC\"}]",
                "plan.sources                => Báo cáo | tệp.txt; Công văn => [{\"title\":\"Báo cáo\",\"reference\":\"tệp.txt\"},{\"title\":\"Công văn\"}]",
                "plan.delegation.leadUnit    => Thanh tra Chính phủ [TTCP] (vn) => {\"name\":\"Thanh tra Chính phủ\",\"abbreviation\":\"TTCP\",\"country\":\"VN\"}",
                "plan.partners               => Trường Hành chính công Cộng hòa Pháp [INSP] (FR); Đại sứ quán Pháp (FR) => "
                        + "[{\"name\":\"Trường Hành chính công Cộng hòa Pháp\",\"abbreviation\":\"INSP\",\"country\":\"FR\"},"
                        + "{\"name\":\"Đại sứ quán Pháp\",\"country\":\"FR\"}]",
                "plan.partners               => UNODC          => [{\"name\":\"UNODC\"}]",
                "plan.partners               => Văn phòng (Hà Nội) => [{\"name\":\"Văn phòng (Hà Nội)\"}]"
            })
    void aCellBecomesTheJsonItsFieldTakes(String path, String cell, String json) {
        CellReader.Read read = CELLS.read(COLUMNS.get(path), cell);

        assertThat(read.problem()).isNull();
        assertThat(read.value()).isEqualTo(Sheets.JSON.readTree(json));
    }

    @ParameterizedTest
    @CsvSource(
            delimiterString = "=>",
            quoteCharacter = '"',
            value = {
                "plan.starts                 => 31/02/2021 => '31/02/2021' không phải ngày",
                "plan.starts                 => hôm qua    => 'hôm qua' không phải ngày",
                "plan.modality               => qua mạng   => 'qua mạng' không phải một trong các giá trị: Trực tiếp, Trực tuyến, Kết hợp",
                "plan.delegation.direction   => về        => 'về' không phải một trong các giá trị: Đoàn ra, Đoàn vào",
                "details.partnerCountry      => Xứ Wakanda => Không tìm thấy quốc gia «Xứ Wakanda»; hãy chọn trong danh sách",
                "details.plannedParticipants => 12.5       => '12.5' không phải số nguyên",
                "details.plannedParticipants => 1.200      => '1.200' không phải số nguyên",
                "details.plannedParticipants => 99999999999 => Giá trị không hợp lệ",
                "details.followUp            => có lẽ      => 'có lẽ' không phải có/không",
                "plan.sources                => a | b | c  => 'a | b | c' có hơn 2 phần",
                "plan.partners               => [AFA] (FR) => '[AFA] (FR)' thiếu tên tổ chức",
                "details.topic               => #N/A       => Ô hiện lỗi bảng tính #N/A",
                "plan.title                  => abc\u202etxt.exe => Văn bản có ký tự điều khiển hướng chữ U+202E",
                "plan.title                  => \u200b\u200b => Văn bản chỉ có ký tự vô hình",
                "plan.title                  => a\u0007b   => Văn bản có ký tự điều khiển U+0007"
            })
    void aCellThatDoesNotFitItsFieldSaysWhy(String path, String cell, String problem) {
        CellReader.Read read = CELLS.read(COLUMNS.get(path), cell);

        assertThat(read.value()).isNull();
        assertThat(read.problem()).startsWith(problem);
        assertThat(read.problemEn()).isNotBlank();
    }

    @Test
    void theEnglishProblemOfADateNamesTheAcceptedForms() {
        assertThat(CELLS.read(COLUMNS.get("plan.ends"), "soon").problemEn())
                .isEqualTo("'soon' is not a date: write YYYY-MM-DD, YYYY-MM or YYYY, or day first: DD/MM/YYYY,"
                        + " DD.MM.YYYY or MM/YYYY");
    }

    @Test
    void aChoiceReadsTheSameHoweverOftenAndHoweverManySpellingsAFileHas() {
        String word = "trực tuyến";
        for (int variant = 0; variant < 1_500; variant++) {
            StringBuilder spelling = new StringBuilder();
            for (int i = 0; i < word.length(); i++) {
                char c = word.charAt(i);
                spelling.append((variant >> (i % 11) & 1) == 1 ? Character.toUpperCase(c) : c);
            }
            spelling.append(" ".repeat(variant / 2_048 + variant % 3));
            for (int twice = 0; twice < 2; twice++) {
                assertThat(CellValues.choice(org.cooplog.events.common.Modality.class, spelling.toString()))
                        .as(spelling.toString())
                        .isEqualTo("ONLINE");
            }
            String wrong = "trực tuyến " + variant;
            org.assertj.core.api.Assertions.assertThatThrownBy(
                            () -> CellValues.choice(org.cooplog.events.common.Modality.class, wrong))
                    .isInstanceOf(CellValues.Unreadable.class);
        }
    }
}
