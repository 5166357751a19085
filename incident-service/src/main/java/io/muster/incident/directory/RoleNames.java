package io.muster.incident.directory;

/**
 * What a role may be called, wherever a role is named (the API, the CSV import): letters, digits,
 * spaces and a few marks, starting with a letter or digit. No {@code /}, {@code %}, {@code \},
 * {@code ;}, dot segments or line breaks: a role's name is a path segment of
 * {@code DELETE /api/roles/{name}}, and a name the firewall or the router cannot carry could never
 * be deleted.
 */
public final class RoleNames {

    public static final String PATTERN = "[\\p{L}\\p{N}][\\p{L}\\p{N} ._&'()+,-]{0,99}";
    public static final String MESSAGE =
            "must be 1-100 letters, digits, spaces and . _ & ' ( ) + , - starting with a letter or digit";

    /** How many roles one person may hold. */
    public static final int MAX_PER_PERSON = 50;

    private RoleNames() {}
}
