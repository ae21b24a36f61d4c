package org.cooplog.publisher.problem;

import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * JSON is UTF-8 (RFC 8259): a body declared in another charset is refused with 415 before it is read, instead of
 * being decoded into text nobody wrote.
 */
@ControllerAdvice
class Utf8JsonBodies extends RequestBodyAdviceAdapter {

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public HttpInputMessage beforeBodyRead(
            HttpInputMessage inputMessage,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        MediaType type = inputMessage.getHeaders().getContentType();
        Charset charset = type == null ? null : type.getCharset();
        if (charset != null && !StandardCharsets.UTF_8.equals(charset)) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                    HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "The Content-Type header names the charset " + charset.name()
                            + "; a JSON request body is UTF-8: send application/json without a charset or with"
                            + " charset=UTF-8.");
            problem.setType(Problems.UNSUPPORTED_CHARSET);
            problem.setTitle("Unsupported charset");
            throw new ErrorResponseException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, problem, null);
        }
        return inputMessage;
    }
}
