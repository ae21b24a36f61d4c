package org.cooplog.console.api;

/** An API refused what a page needed to show; the error page explains it. */
public class ApiProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public ApiProblemException(Problem problem) {
        super(problem.status() + " " + problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
