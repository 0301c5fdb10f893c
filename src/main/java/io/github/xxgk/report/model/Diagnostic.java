package io.github.xxgk.report.model;

import java.util.Objects;

/**
 * One finding about a report: a violated or unchecked arithmetic rule, or something in the input that could not be
 * read as the template expects. Diagnostics never change the published values; they say which ones to doubt.
 *
 * @param severity how much it matters
 * @param code the stable code
 * @param location where it points
 * @param message a sentence naming the cells and, for a rule, both sides of the equation
 */
public record Diagnostic(Severity severity, DiagnosticCode code, Location location, String message) {

    /** Checks that no part is null. */
    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(message, "message");
    }

    /** A diagnostic with the code's usual severity. */
    public static Diagnostic of(DiagnosticCode code, Location location, String message) {
        return new Diagnostic(code.severity(), code, location, message);
    }

    @Override
    public String toString() {
        return severity.key() + " " + code.code() + " " + message;
    }
}
