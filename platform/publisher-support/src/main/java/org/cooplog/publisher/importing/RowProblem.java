package org.cooplog.publisher.importing;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing wrong in a file, where the user has to fix it.
 *
 * @param row the row number as a spreadsheet program shows it; the header is row 1 when it is the first line
 * @param column the column's label in Vietnamese, as the template and the form name it, or the header as written when
 *     it names no column; null when the problem is not in one column
 * @param columnEn the same in English
 * @param field the field of the request it concerns, e.g. {@code plan.partners[0].country}
 * @param problem what is wrong, in Vietnamese
 * @param problemEn the same in English
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RowProblem(int row, String column, String columnEn, String field, String problem, String problemEn) {

    /** A problem in a column the import knows, named by its label in each language. */
    static RowProblem in(int row, Column column, String field, String problem, String problemEn) {
        return new RowProblem(row, column.label(Language.VI), column.label(Language.EN), field, problem, problemEn);
    }

    /** A problem of the whole row, in no one column. */
    static RowProblem ofRow(int row, String field, String problem, String problemEn) {
        return new RowProblem(row, null, null, field, problem, problemEn);
    }
}
