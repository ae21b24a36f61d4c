package org.cooplog.reporting.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.cooplog.events.activity.ActivityCorrected;
import org.cooplog.events.activity.ActivityHeld;
import org.cooplog.events.common.Modality;
import org.cooplog.events.report.PeriodKind;
import org.cooplog.model.PartialDates;
import org.cooplog.reporting.content.ReportContent.Annex;
import org.cooplog.reporting.period.ReportPeriod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The annexes after the signature, and the rule that nothing of the machine is printed anywhere. */
class ReportAnnexesTests {

    private static final ReportPeriod Q3 = ReportSpecFixture.period(PeriodKind.QUARTER, 2021, 3);
    private static final String CORRECTIONS = "THÔNG TIN ĐÃ BÁO CÁO ĐƯỢC ĐÍNH CHÍNH";

    /** Parts of the first template's shape, removed once every format reads the new one; not checked here. */
    private static final Set<String> FIRST_TEMPLATE =
            Set.of("introduction", "totals", "counts", "sections", "provenance");

    private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}:\\d{2}\\b");
    private static final Pattern MACHINE =
            Pattern.compile("cooplog\\.|events-\\d|@\\d|UTC|giờ Việt Nam|xếp theo ngày đầu|first day of the month");

    private final LogFixture log = new LogFixture();
    private String held;
    private Instant previousReport;

    @BeforeEach
    void log() {
        held = log.plan("Khóa đào tạo về liêm chính với INSP", "2021-07-05");
        log.add(
                held,
                e -> ActivityHeld.newBuilder()
                        .setEnvelope(e)
                        .setStarts(PartialDates.parse("2021-07-05"))
                        .setModality(Modality.ONLINE)
                        .build());
        log.plan("Hội thảo trong năm", "2021");
        String october = log.plan("Khóa đào tạo tháng 10", "2021-10-18");
        log.add(
                october,
                e -> new ActivityCorrected(
                        e, "plan.title", "\"Khóa đào tạo tháng 10\"", "\"Khóa đào tạo tháng Mười\"", "Sai tên"));
        previousReport = log.now().plusMillis(1);
        log.add(
                held,
                e -> new ActivityCorrected(
                        e, "outcome.summary", "null", "\"Khóa học đạt yêu cầu\"", "Bổ sung kết quả"));
    }

    private ReportContent issued(String language, Instant correctionsSince) {
        return ReportContentBuilder.build(log.model(), ReportSpecFixture.issued(Q3, language, cut(), correctionsSince));
    }

    private Instant cut() {
        return log.now().plusSeconds(1);
    }

    @Test
    void correctionsNameTheFieldByItsLabelAndTheDayWithoutAClock() {
        Annex corrections = ReportPlacementTests.annex(issued("vi", previousReport), CORRECTIONS);

        assertThat(corrections.label()).isEqualTo("Phụ lục II");
        assertThat(corrections.rows()).singleElement().satisfies(row -> {
            assertThat(row.get(1)).isEqualTo("Khóa đào tạo về liêm chính với INSP");
            assertThat(row.get(2)).isEqualTo("Tóm tắt kết quả");
            assertThat(row.get(4)).isEqualTo("Khóa học đạt yêu cầu");
            assertThat(row.get(5)).isEqualTo("Bổ sung kết quả");
            assertThat(row.get(6)).matches("\\d{2}/\\d{2}/\\d{4}");
        });
        assertThat(corrections.paragraphs())
                .singleElement()
                .asString()
                .startsWith("Các thông tin đã báo cáo được đính chính từ ngày 04 tháng 01 năm 2021")
                .endsWith(".")
                .doesNotContain(":");
    }

    @Test
    void everyCorrectableFieldHasALabel() {
        Words vi = new Words("vi");
        Words en = new Words("en");
        for (String path : List.of("plan.title", "plan.starts", "plan.partners", "details.topic", "outcome.summary")) {
            assertThat(vi.has("field." + path)).as(path).isTrue();
            assertThat(en.has("field." + path)).as(path).isTrue();
        }
        log.add(
                held,
                e -> new ActivityCorrected(e, "details.topic", "\"Liêm chính\"", "\"Liêm chính công vụ\"", "Rõ hơn"));

        assertThat(ReportPlacementTests.annex(issued("vi", previousReport), CORRECTIONS)
                        .rows())
                .extracting(row -> row.get(2))
                .containsExactly("Tóm tắt kết quả", "Chủ đề");
    }

    @Test
    void withoutCorrectionsTheAnnexSaysThereAreNone() {
        Annex corrections = ReportPlacementTests.annex(issued("vi", cut()), CORRECTIONS);

        assertThat(corrections.paragraphs()).containsExactly("Không có.");
        assertThat(corrections.rows()).isEmpty();
        assertThat(corrections.columns()).isEmpty();
    }

    @Test
    void aFirstReportListsTheCorrectionsFromTheStartOfItsPeriod() {
        // Q3 2021 under Decree 09/2019 starts on 15 June 2021, 00:00 in Viet Nam: 14 June, 17:00 UTC.
        log.at(Instant.parse("2021-06-14T16:00:00Z"));
        log.add(
                held,
                e -> new ActivityCorrected(
                        e, "plan.title", "\"Khóa đào tạo về liêm chính với INSP\"", "\"Khóa học\"", "Trong kỳ"));

        Annex corrections = ReportPlacementTests.annex(issued("vi", null), CORRECTIONS);

        assertThat(corrections.rows()).extracting(row -> row.get(5)).containsExactly("Trong kỳ");
        assertThat(corrections.paragraphs())
                .containsExactly("Các thông tin đã báo cáo được đính chính từ ngày 15 tháng 6 năm 2021 (ngày đầu kỳ"
                        + " báo cáo; chưa có báo cáo kỳ trước gửi Bộ Ngoại giao) đến ngày 15 tháng 6 năm 2021.");
    }

    @Test
    void eachAnnexNamesTheReportItIsAttachedTo() {
        ReportContent content = issued("vi", previousReport);
        ReportContent preview = ReportContentBuilder.build(log.model(), ReportSpecFixture.preview(Q3, cut()));
        ReportContent english = issued("en", previousReport);

        assertThat(content.annexes())
                .extracting(Annex::label)
                .containsExactly("Phụ lục I", "Phụ lục II", "Phụ lục III");
        assertThat(content.annexes())
                .extracting(Annex::attachedTo)
                .containsOnly("(Kèm theo Báo cáo số 05/BC-HTQT " + new Words("vi").documentDay(day(cut()))
                        + " của Vụ Hợp tác quốc tế)");
        assertThat(preview.annexes())
                .extracting(Annex::attachedTo)
                .containsOnly("(Kèm theo Báo cáo số      /BC-HTQT ngày …… của Vụ Hợp tác quốc tế)");
        assertThat(english.annexes()).extracting(Annex::label).containsExactly("Annex I", "Annex II", "Annex III");
        assertThat(english.annexes().get(0).attachedTo())
                .startsWith("(Attached to Report No. 05/BC-HTQT of ")
                .endsWith(" of the International Cooperation Department)");
    }

    @Test
    void aPeriodWithNothingRecordedHasNoActivitiesAnnex() {
        ReportContent empty = ReportContentBuilder.build(
                log.model(),
                ReportSpecFixture.issued(ReportSpecFixture.period(PeriodKind.QUARTER, 2019, 1), "vi", cut(), cut()));

        assertThat(empty.annexes()).isEmpty();
        assertThat(empty.activities()).isEmpty();
        assertThat(empty.figures().activities()).isZero();
        assertThat(empty.figures().participants()).isNull();
    }

    @Test
    void copiesGoFirstToTheAddresseeAsAbove() {
        assertThat(issued("vi", previousReport).closing().recipients())
                .containsExactly("- Như trên;", "- Lưu: VT, HTQT.");
        assertThat(issued("en", previousReport).closing().recipients()).first().isEqualTo("- As above;");
    }

    @Test
    void theProvenanceIsMetadataAndAReferenceOnlyForIssuedReports() {
        ReportContent content = issued("vi", previousReport);

        assertThat(content.reference()).isEqualTo("Mã tra cứu: mofa-2021-Q3");
        assertThat(issued("en", previousReport).reference()).isEqualTo("Reference: mofa-2021-Q3");
        assertThat(ReportContentBuilder.build(log.model(), ReportSpecFixture.preview(Q3, cut()))
                        .reference())
                .isNull();
        assertThat(content.metadata())
                .containsExactly(
                        Map.entry("cooplog.reportId", "mofa-2021-Q3"),
                        Map.entry("cooplog.period", "2021-Q3"),
                        Map.entry("cooplog.rule", "DECREE_09_2019"),
                        Map.entry("cooplog.recordedBefore", cut().toString()),
                        Map.entry("cooplog.correctionsSince", previousReport.toString()),
                        Map.entry("cooplog.positions", "cooplog.bilateral.events-0@12"),
                        Map.entry("cooplog.templateVersion", "test"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"vi", "en"})
    void noTextOfTheContentShowsATopicAnOffsetAClockTimeOrAPlacementNote(String language) {
        List<ReportContent> contents = List.of(
                issued(language, previousReport),
                issued(language, null),
                ReportContentBuilder.build(log.model(), ReportSpecFixture.preview(Q3, cut())));

        for (ReportContent content : contents) {
            List<String> texts = new ArrayList<>();
            strings(content, texts);
            assertThat(texts).isNotEmpty();
            assertThat(texts).noneMatch(text -> CLOCK.matcher(text).find());
            assertThat(texts).noneMatch(text -> MACHINE.matcher(text).find());
        }
    }

    /** Every string a record holds, however deep, leaving out the metadata and the first template's parts. */
    private static void strings(Object value, List<String> texts) {
        if (value instanceof String text) {
            texts.add(text);
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> strings(item, texts));
        } else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                if (record instanceof ReportContent
                        && (component.getName().equals("metadata") || FIRST_TEMPLATE.contains(component.getName()))) {
                    continue;
                }
                try {
                    strings(component.getAccessor().invoke(record), texts);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private static java.time.LocalDate day(Instant instant) {
        return instant.atZone(ReportPeriod.ZONE).toLocalDate();
    }
}
