package org.cooplog.security.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.cooplog.security.Role;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * A service's access table, every endpoint against every kind of caller: nobody, an expired token, an ID token, an
 * access token for another audience, a token with no role, and each role. An endpoint names the roles it lets in and exactly what they get; everyone else gets 401 (no
 * valid token) or 403 (the wrong role).
 */
public final class AccessMatrix {

    private final List<Endpoint> endpoints = new ArrayList<>();

    /** Every cell of the table, for a {@code @ParameterizedTest}'s {@code @MethodSource}. */
    public List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            for (Caller caller : Caller.all()) {
                cells.add(new Cell(endpoint, caller, expected(endpoint, caller)));
            }
        }
        return cells;
    }

    /** Adds an endpoint: {@code allowed} get {@code status}. */
    public AccessMatrix endpoint(HttpMethod method, String path, int status, Set<Role> allowed) {
        endpoints.add(new Endpoint(method, path, null, null, status, allowed));
        return this;
    }

    /** Adds an endpoint that takes a body. */
    public AccessMatrix endpoint(
            HttpMethod method, String path, MediaType type, String body, int status, Set<Role> allowed) {
        endpoints.add(new Endpoint(method, path, type, body, status, allowed));
        return this;
    }

    /** Adds an endpoint anyone may call without a token: all get {@code status}, unless they send a bad token. */
    public AccessMatrix open(HttpMethod method, String path, int status) {
        endpoints.add(new Endpoint(method, path, null, null, status, null));
        return this;
    }

    /** Any role at all. */
    public static Set<Role> anyRole() {
        return EnumSet.allOf(Role.class);
    }

    /** No role: a request every signed-in caller is refused. */
    public static Set<Role> nobody() {
        return EnumSet.noneOf(Role.class);
    }

    public static Set<Role> only(Role... roles) {
        return EnumSet.copyOf(Arrays.asList(roles));
    }

    private static int expected(Endpoint endpoint, Caller caller) {
        boolean badToken = !caller.signedIn() && caller.authorization() != null;
        if (endpoint.allowed() == null) {
            return badToken ? 401 : endpoint.status();
        }
        if (!caller.signedIn()) {
            return 401;
        }
        return caller.role() != null && endpoint.allowed().contains(caller.role()) ? endpoint.status() : 403;
    }

    /** One request of the table; {@code body} is sent as is; {@code allowed} is null for an open endpoint. */
    public record Endpoint(HttpMethod method, String path, MediaType type, String body, int status, Set<Role> allowed) {

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /**
     * Who asks.
     *
     * @param signedIn whether the caller sends a valid token
     * @param role the one role the token grants, or null
     */
    public record Caller(String name, boolean signedIn, Role role, String authorization) {

        static List<Caller> all() {
            List<Caller> callers = new ArrayList<>();
            callers.add(new Caller("anonymous", false, null, null));
            callers.add(new Caller("expired admin token", false, null, TestTokens.expired("admin", Role.ADMIN)));
            callers.add(new Caller("admin's ID token", false, null, TestTokens.idToken("admin", Role.ADMIN)));
            callers.add(new Caller(
                    "admin token for another audience",
                    false,
                    null,
                    TestTokens.forAudience("another-service", "admin", Role.ADMIN)));
            callers.add(new Caller("token without roles", true, null, TestTokens.bearer("no.roles")));
            for (Role role : Role.values()) {
                String user = role.name().toLowerCase(Locale.ROOT).replace('_', '.');
                callers.add(new Caller(role.name(), true, role, TestTokens.bearer(user, role)));
            }
            return callers;
        }

        @Override
        public String toString() {
            return name;
        }
    }

    /** One cell: this caller, this request, this status. */
    public record Cell(Endpoint endpoint, Caller caller, int expected) {

        /** The request for MockMvc, with the caller's token if it has one. */
        public MockHttpServletRequestBuilder request() {
            MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(endpoint.method(), endpoint.path());
            if (endpoint.body() != null) {
                request.contentType(endpoint.type()).content(endpoint.body());
            }
            if (caller.authorization() != null) {
                request.header(HttpHeaders.AUTHORIZATION, caller.authorization());
            }
            return request;
        }

        @Override
        public String toString() {
            return endpoint + " as " + caller + " → " + expected;
        }
    }
}
