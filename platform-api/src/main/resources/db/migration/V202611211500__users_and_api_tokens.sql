-- Users and roles of the REST API and UI (Spring Security's JdbcUserDetailsManager schema), and bearer API tokens.

CREATE TABLE users (
    username   TEXT PRIMARY KEY,
    password   TEXT        NOT NULL,  -- DelegatingPasswordEncoder form, e.g. {bcrypt}$2a$10$...
    enabled    BOOLEAN     NOT NULL DEFAULT TRUE,
    created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- One row per role of a user; authority is ROLE_ADMIN, ROLE_OPS, ROLE_ANALYST or ROLE_LEADERSHIP.
CREATE TABLE authorities (
    username  TEXT NOT NULL REFERENCES users (username) ON DELETE CASCADE,
    authority TEXT NOT NULL,
    PRIMARY KEY (username, authority)
);

-- A token is shown once; only its SHA-256 (hex) is stored. It grants one role on behalf of its user.
CREATE TABLE api_tokens (
    token_id     BIGSERIAL PRIMARY KEY,
    token_sha256 TEXT        NOT NULL UNIQUE,
    username     TEXT        NOT NULL REFERENCES users (username) ON DELETE CASCADE,
    role         TEXT        NOT NULL,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    revoked_at   TIMESTAMPTZ
);
CREATE INDEX api_tokens_user ON api_tokens (username);
