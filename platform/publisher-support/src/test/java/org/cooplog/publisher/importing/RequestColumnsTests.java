package org.cooplog.publisher.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cooplog.publisher.importing.Column.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RequestColumnsTests {

    private static final Map<String, Column> COLUMNS =
            Sheets.SAMPLE.columns().stream().collect(Collectors.toMap(Column::path, Function.identity()));

    @ParameterizedTest
    @CsvSource({
        "plan.title,                     TEXT,          true",
        "plan.titleEn,                   TEXT,          false",
        "plan.starts,                    DATE,          true",
        "plan.ends,                      DATE,          false",
        "plan.modality,                  CHOICE,        true",
        "plan.venue.city,                TEXT,          false",
        "plan.venue.country,             COUNTRY,       false",
        "plan.partners,                  ORGANISATIONS, false",
        "plan.funders,                   ORGANISATIONS, false",
        "plan.delegation.direction,      CHOICE,        false",
        "plan.delegation.head.name,      TEXT,          false",
        "plan.delegation.leadUnit,       ORGANISATION,  false",
        "plan.delegation.memberAgencies, ORGANISATIONS, false",
        "plan.delegation.size,           WHOLE_NUMBER,  false",
        "plan.programmeItem.year,        WHOLE_NUMBER,  false",
        "plan.sources,                   ITEMS,         false",
        "details.kind,                   CHOICE,        true",
        "details.partnerCountry,         COUNTRY,       true",
        "details.topic,                  TEXT,          true",
        "details.plannedParticipants,    WHOLE_NUMBER,  false",
        "details.tags,                   TEXTS,         false",
        "details.followUp,               YES_NO,        false",
        "details.review.cycle,           WHOLE_NUMBER,  false",
        "details.review.kinds,           CHOICES,       false"
    })
    void everyFieldOfTheRequestIsAColumnOfItsKind(String path, Kind kind, boolean required) {
        assertThat(COLUMNS).containsKey(path);
        assertThat(COLUMNS.get(path).kind()).isEqualTo(kind);
        assertThat(COLUMNS.get(path).required()).isEqualTo(required);
    }

    @Test
    void aListOfRecordsThatNestFurtherHasNoColumn() {
        assertThat(COLUMNS.keySet()).noneMatch(path -> path.startsWith("details.nested"));
    }

    @Test
    void columnsAreNamedByTheFormsLabelsInEachLanguageAndStillByTheirOlderNames() {
        assertThat(COLUMNS.get("plan.title").label(Language.VI)).isEqualTo("Tên hoạt động");
        assertThat(COLUMNS.get("plan.title").label(Language.EN)).isEqualTo("Title");
        assertThat(COLUMNS.get("plan.sources").labels()).contains("Nguồn", "Sources", "Source");
        assertThat(COLUMNS.get("details.topic").label(Language.VI)).isEqualTo("Chủ đề");
        assertThat(COLUMNS.get("details.partnerCountry").labels()).contains("Nước đối tác", "Partner country");
        assertThat(COLUMNS.get("details.tags").label(Language.VI)).isEqualTo("details.tags");
    }

    @Test
    void requiredRecordsAreThoseOnTheRequiredPathOnly() {
        assertThat(Sheets.SAMPLE.requiredRecords()).containsExactly("plan", "details");
    }

    @Test
    void aRequestThatIsNotARecordIsRefusedAtStart() {
        assertThatThrownBy(() -> RequestColumns.of(String.class)).isInstanceOf(IllegalArgumentException.class);
    }
}
