package org.cooplog.publisher.importing;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** What the import tests share: the mapper and validator a publisher has, and sheets written as text. */
final class Sheets {

    static final JsonMapper JSON = JsonMapper.builder()
            .enable(
                    DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                    DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();
    static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    static final Validator VALIDATOR = VALIDATION.getValidator();
    static final ColumnCatalog SAMPLE = RequestColumns.of(SampleRequest.class);

    static final String HEADER =
            "Tên hoạt động,Ngày bắt đầu,Ngày kết thúc,Hình thức,Đối tác,details.kind,details.partnerCountry,details.topic";
    static final String VALID_ROW = "Khóa đào tạo về liêm chính,2021-10-18,2021-10-22,ONLINE,"
            + "Trường Hành chính công Cộng hòa Pháp [INSP] (FR); Đại sứ quán Pháp (FR),TRAINING,FR,Liêm chính";

    private Sheets() {}

    /** A sheet whose lines are rows 1, 2, 3… and whose cells are separated by commas; no quoting. */
    static Sheet of(String... lines) {
        List<Sheet.Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            rows.add(new Sheet.Row(i + 1, List.of(lines[i].split(",", -1))));
        }
        return new Sheet(rows);
    }

    static String csv(String... lines) {
        return String.join("\r\n", lines) + "\r\n";
    }
}
