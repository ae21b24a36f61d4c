package org.cooplog.publisher.importing;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One thing wrong in a file, where the user has to fix it.
 *
 * @param row the row number as a spreadsheet program shows it; the header is row 1 when it is the first line
 * @param column the column's header as written in the file; null when the problem is not in one cell
 * @param field the field of the request it concerns, e.g. {@code plan.partners[0].country}
 * @param problem what is wrong, in Vietnamese
 * @param problemEn the same in English
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RowProblem(int row, String column, String field, String problem, String problemEn) {}
