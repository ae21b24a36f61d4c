package org.cooplog.console;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A track in a URL that no publisher serves. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnknownTrackException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnknownTrackException(String track) {
        super("No track " + track);
    }
}
