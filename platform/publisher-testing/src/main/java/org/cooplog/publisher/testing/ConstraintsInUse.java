package org.cooplog.publisher.testing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import org.cooplog.publisher.problem.ConstraintCodes;
import org.cooplog.publisher.problem.ErrorCode;
import org.cooplog.publisher.request.LifecycleRequests;

/**
 * Every constraint a publisher's requests use, found by walking the request records: on each record, its components
 * and the elements of its lists, and in every record they hold. A test asserts that each reports a code a client can
 * say in its own words, so a new constraint without one fails the build.
 */
public final class ConstraintsInUse {

    private ConstraintsInUse() {}

    /** Fails naming each constraint of the track's requests, or of the shared lifecycle's, that has no code. */
    public static void assertEachHasACode(Class<?>... trackRequests) {
        List<Class<?>> requests = new ArrayList<>(Arrays.asList(trackRequests));
        requests.addAll(Arrays.asList(LifecycleRequests.class.getDeclaredClasses()));
        Set<Class<? extends Annotation>> constraints = of(requests.toArray(Class<?>[]::new));
        TreeMap<String, ErrorCode> codes = new TreeMap<>();
        constraints.forEach(constraint -> codes.put(constraint.getName(), ConstraintCodes.codeOf(constraint)));

        assertThat(codes).as("constraints in use").isNotEmpty();
        assertThat(codes).as("the code of each constraint in use").doesNotContainValue(ErrorCode.INVALID);
    }

    /** The constraint annotations the given records and everything they hold use. */
    public static Set<Class<? extends Annotation>> of(Class<?>... records) {
        Set<Class<? extends Annotation>> constraints = new HashSet<>();
        Set<Class<?>> seen = new HashSet<>();
        for (Class<?> type : records) {
            walk(type, constraints, seen);
        }
        return constraints;
    }

    private static void walk(Class<?> type, Set<Class<? extends Annotation>> constraints, Set<Class<?>> seen) {
        if (!type.isRecord() || !seen.add(type)) {
            return;
        }
        collect(type.getAnnotations(), constraints);
        for (RecordComponent component : type.getRecordComponents()) {
            collect(component.getAccessor().getAnnotations(), constraints);
            walk(component.getAnnotatedType(), constraints, seen);
        }
    }

    private static void walk(AnnotatedType type, Set<Class<? extends Annotation>> constraints, Set<Class<?>> seen) {
        collect(type.getAnnotations(), constraints);
        if (type instanceof AnnotatedParameterizedType generic) {
            for (AnnotatedType argument : generic.getAnnotatedActualTypeArguments()) {
                walk(argument, constraints, seen);
            }
        }
        if (type.getType() instanceof Class<?> raw) {
            walk(raw, constraints, seen);
        } else if (type.getType() instanceof java.lang.reflect.ParameterizedType parameterized
                && parameterized.getRawType() instanceof Class<?> raw) {
            walk(raw, constraints, seen);
        }
    }

    private static void collect(Annotation[] annotations, Set<Class<? extends Annotation>> constraints) {
        for (Annotation annotation : annotations) {
            if (annotation.annotationType().isAnnotationPresent(Constraint.class)) {
                constraints.add(annotation.annotationType());
            }
        }
    }
}
