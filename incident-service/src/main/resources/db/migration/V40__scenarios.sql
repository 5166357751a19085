-- Scenarios: alerts prepared in advance, launched in one tap. Every edit is a new version (the old ones
-- stay, so a launch names exactly what was sent); a version is launchable once approved. A retired
-- scenario keeps its versions and launches but leaves the lists and cannot be launched.
CREATE TABLE scenarios (
    id             uuid PRIMARY KEY,
    name           text        NOT NULL,
    keypad         integer     NOT NULL UNIQUE CHECK (keypad BETWEEN 1 AND 999),
    latest_version integer     NOT NULL,
    created_by     text        NOT NULL,
    created_at     timestamptz NOT NULL,
    retired_at     timestamptz
);

CREATE TABLE scenario_versions (
    scenario_id   uuid        NOT NULL REFERENCES scenarios (id),
    version       integer     NOT NULL,
    incident_type text        NOT NULL,
    definition    jsonb       NOT NULL,
    edited_by     text        NOT NULL,
    edited_at     timestamptz NOT NULL,
    PRIMARY KEY (scenario_id, version)
);

CREATE TABLE scenario_approvals (
    scenario_id uuid        NOT NULL,
    version     integer     NOT NULL,
    approved_by text        NOT NULL,
    approved_at timestamptz NOT NULL,
    PRIMARY KEY (scenario_id, version, approved_by),
    FOREIGN KEY (scenario_id, version) REFERENCES scenario_versions (scenario_id, version)
);

-- The scenario and version an incident was launched from (the after-action report names it).
CREATE TABLE scenario_launches (
    incident_id uuid PRIMARY KEY REFERENCES incidents (id),
    scenario_id uuid        NOT NULL,
    version     integer     NOT NULL,
    name        text        NOT NULL,
    launched_by text        NOT NULL,
    source      text        NOT NULL CHECK (source IN ('API', 'PHONE')),
    launched_at timestamptz NOT NULL,
    FOREIGN KEY (scenario_id, version) REFERENCES scenario_versions (scenario_id, version)
);
CREATE INDEX scenario_launches_by_scenario ON scenario_launches (scenario_id, launched_at);

-- The messages telling every commander of a launch by phone (their delivery reports are known by these ids).
CREATE TABLE scenario_launch_notices (
    notification_id uuid PRIMARY KEY,
    incident_id     uuid        NOT NULL REFERENCES incidents (id),
    person_id       uuid        NOT NULL,
    sent_at         timestamptz NOT NULL
);
