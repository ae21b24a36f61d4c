package org.cooplog.faults.results;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.cooplog.faults.env.Workspace;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * Hands each {@link Scenario} test its {@link Figures}, and after the test files the row with the test's outcome;
 * the table is written once, when the whole run ends.
 */
final class ResultsExtension implements ParameterResolver, TestWatcher {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Figures.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Figures.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return figures(context);
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        file(context, "passed");
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        String message = String.valueOf(cause.getMessage()).lines().findFirst().orElse("");
        file(context, "FAILED: " + (message.length() > 200 ? message.substring(0, 200) + "…" : message));
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        file(context, "aborted: " + cause.getMessage());
    }

    private static Figures figures(ExtensionContext context) {
        Scenario scenario = scenario(context);
        return context.getStore(NAMESPACE)
                .computeIfAbsent(Figures.class, key -> new Figures(scenario.value(), scenario.title()), Figures.class);
    }

    private static void file(ExtensionContext context, String outcome) {
        ResultsFile results = context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(ResultsFile.class, key -> new ResultsFile(resultsPath()), ResultsFile.class);
        results.record(
                figures(context).row(outcome, LocalDate.now(ZoneOffset.UTC).toString()));
    }

    private static Scenario scenario(ExtensionContext context) {
        Optional<Method> method = context.getTestMethod();
        return method.map(m -> m.getAnnotation(Scenario.class))
                .orElseThrow(() -> new IllegalStateException("@Scenario goes on a test method"));
    }

    private static Path resultsPath() {
        return Workspace.root().resolve("docs").resolve("reliability.md");
    }
}
