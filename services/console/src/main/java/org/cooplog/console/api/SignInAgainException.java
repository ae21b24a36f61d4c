package org.cooplog.console.api;

/** The person's tokens are gone or no longer refreshable: they have to sign in again. */
public class SignInAgainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SignInAgainException() {
        super("The session's access token is no longer valid; sign in again");
    }
}
