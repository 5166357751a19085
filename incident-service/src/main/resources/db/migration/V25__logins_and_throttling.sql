-- Logins managed through the API (docs/security.md): a disabled login cannot sign in; when the
-- password last changed is kept (never the password).
ALTER TABLE app_users
    ADD COLUMN disabled            boolean NOT NULL DEFAULT false,
    ADD COLUMN created_at          timestamptz NOT NULL DEFAULT now(),
    ADD COLUMN password_changed_at timestamptz NOT NULL DEFAULT now();

-- Rate counters shared by every instance: failed logins per username, per client address and per
-- (username, known address), and status-page sign-ups per address and per client IP. One row per
-- key and window; counting is one atomic upsert, so concurrent attempts cannot all pass before the
-- first is counted, and nothing is ever left untracked. Expired rows are deleted by a poller.
CREATE TABLE rate_counters (
    key            text PRIMARY KEY,
    count          int NOT NULL CHECK (count >= 0),
    window_ends_at timestamptz NOT NULL
);
CREATE INDEX rate_counters_expiry ON rate_counters (window_ends_at);

-- Where each login has signed in successfully: a correct password from a known address is never
-- locked out by failures elsewhere (the break-glass account while the identity provider is down).
CREATE TABLE login_known_addresses (
    username          text NOT NULL REFERENCES app_users (username) ON DELETE CASCADE,
    address           text NOT NULL,
    last_signed_in_at timestamptz NOT NULL,
    PRIMARY KEY (username, address)
);

-- Console sessions: the console trades the password for a random token once (only its SHA-256
-- is kept here) and never stores the password in the browser.
CREATE TABLE console_sessions (
    token_hash bytea PRIMARY KEY,
    username   text NOT NULL REFERENCES app_users (username) ON DELETE CASCADE,
    created_at timestamptz NOT NULL,
    expires_at timestamptz NOT NULL
);
CREATE INDEX console_sessions_by_username ON console_sessions (username);
CREATE INDEX console_sessions_expiry ON console_sessions (expires_at);
