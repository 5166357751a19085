package io.muster.local;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class of one feature on the shared stack ({@link SharedStack}): the running processes, the API as a user
 * with curl uses it, and the stack's PostgreSQL for the preconditions a step waits for. Each class brings its own
 * people ({@link WeekCast}) and titles, so the classes never see each other's data.
 */
@ExtendWith(SharedStack.Resolver.class)
abstract class WholeStackTest {

    static LocalStack stack;
    static StackClient client;
    static StackDatabase db;

    @BeforeAll
    static void useTheStack(SharedStack shared) {
        stack = shared.stack();
        client = shared.client();
        db = shared.database();
    }

    /** The members' employee ids as the JSON array's items ({@code "E1","E2"}), for a declaration's notify. */
    static String employeeIds(List<WeekCast.Member> members) {
        return members.stream().map(m -> '"' + m.employeeId() + '"').collect(Collectors.joining(","));
    }
}
