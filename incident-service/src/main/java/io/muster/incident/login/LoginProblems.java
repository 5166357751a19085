package io.muster.incident.login;

import io.muster.incident.web.ProblemException;
import org.springframework.http.HttpStatus;

/** What can go wrong when managing a login. */
final class LoginProblems extends ProblemException {

    private LoginProblems(HttpStatus status, String slug, String title, String detail) {
        super(status, slug, title, detail);
    }

    static LoginProblems notFound(String username) {
        return new LoginProblems(
                HttpStatus.NOT_FOUND, "login-not-found", "Login not found", "No login " + username + ".");
    }

    static LoginProblems exists(String username) {
        return new LoginProblems(
                HttpStatus.CONFLICT, "login-exists", "Login exists", "There is a login " + username + " already.");
    }

    static LoginProblems lastAdmin() {
        return new LoginProblems(
                HttpStatus.CONFLICT,
                "last-admin",
                "Last admin",
                "This is the last enabled login with the ADMIN role: give another login ADMIN first.");
    }

    static LoginProblems passwordTooLong() {
        return new LoginProblems(
                HttpStatus.BAD_REQUEST,
                "validation",
                "Invalid request",
                "A password is at most 72 bytes in UTF-8 (bcrypt reads no more).");
    }

    static LoginProblems unknownEmployee(String employeeId) {
        return new LoginProblems(
                HttpStatus.UNPROCESSABLE_CONTENT,
                "unknown-people",
                "Unknown people",
                "No person with employee id " + employeeId + ".");
    }
}
