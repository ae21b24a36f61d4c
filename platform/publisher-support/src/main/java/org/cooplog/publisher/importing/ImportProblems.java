package org.cooplog.publisher.importing;

import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.util.unit.DataSize;
import org.springframework.web.ErrorResponseException;

/**
 * The refusals of an upload, as RFC 9457 problem details: the detail in Vietnamese for the desk, {@code detailEn}
 * in English. Thrown as {@link ErrorResponseException}, which the publisher's problem handling renders as is.
 */
final class ImportProblems {

    private ImportProblems() {}

    static ErrorResponseException tooLarge(DataSize limit) {
        return problem(
                HttpStatus.CONTENT_TOO_LARGE,
                "file-too-large",
                "File too large",
                "Tệp lớn hơn giới hạn " + limit.toKilobytes() + " KB; hãy chia thành nhiều tệp.",
                "The file is larger than the limit of " + limit.toKilobytes() + " KB; split it into several files.");
    }

    static ErrorResponseException tooManyRows(int limit) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "too-many-rows",
                "Too many rows",
                "Tệp có hơn " + limit + " dòng hoạt động; hãy chia thành nhiều tệp.",
                "The file has more than " + limit + " activity rows; split it into several files.");
    }

    static ErrorResponseException unsupported(String vi, String en) {
        return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-file", "Unsupported file", vi, en);
    }

    static ErrorResponseException unreadable(String vi, String en) {
        return problem(HttpStatus.BAD_REQUEST, "unreadable-file", "Unreadable file", vi, en);
    }

    static ErrorResponseException empty() {
        return problem(
                HttpStatus.BAD_REQUEST,
                "empty-file",
                "Empty file",
                "Tệp không có dòng hoạt động nào dưới dòng tiêu đề.",
                "The file has no activity rows under its header row.");
    }

    static ErrorResponseException notFound(String importId) {
        return problem(
                HttpStatus.NOT_FOUND,
                "import-not-found",
                "Import not found",
                "Không có lượt nhập " + importId + "; nếu đã lâu, hãy tải tệp lên lại để xem kết quả.",
                "No import " + importId + "; if it was long ago, upload the file again to see its result.");
    }

    static ErrorResponseException busy() {
        ErrorResponseException busy = problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "imports-busy",
                "Imports busy",
                "Đang xử lý quá nhiều tệp; hãy thử lại sau ít phút.",
                "Too many imports are in progress; try again in a few minutes.");
        busy.getHeaders().set(HttpHeaders.RETRY_AFTER, "30");
        return busy;
    }

    private static ErrorResponseException problem(HttpStatus status, String type, String title, String vi, String en) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, vi);
        problem.setType(URI.create("urn:cooplog:problem:" + type));
        problem.setTitle(title);
        problem.setProperty("detailEn", en);
        return new ErrorResponseException(status, problem, null);
    }
}
