-- Issue 5 (roll-call and accountability) and the tasks of issue 6.

-- Every answer about a person in an incident, whoever gave it; the recipient row points at the
-- latest one (by answered_at), which is the person's state.
CREATE TABLE accountability_answers (
    id              bigserial PRIMARY KEY,
    incident_id     uuid NOT NULL,
    person_id       uuid NOT NULL,
    state           text NOT NULL CHECK (state IN ('SAFE', 'NEEDS_HELP', 'AT_ALTERNATE_SITE')),
    site_id         uuid REFERENCES sites (id) ON DELETE SET NULL,
    location        text,
    channel         text NOT NULL,
    source          text NOT NULL CHECK (source IN ('PERSON', 'OPERATOR', 'HOTLINE')),
    actor           text NOT NULL,
    comment         text,
    raw_answer      text,
    late            boolean NOT NULL,
    answered_at     timestamptz NOT NULL,
    recorded_at     timestamptz NOT NULL DEFAULT now(),
    event_id        uuid UNIQUE,
    notification_id uuid,
    FOREIGN KEY (incident_id, person_id) REFERENCES recipients (incident_id, person_id)
);
CREATE INDEX accountability_answers_history ON accountability_answers (incident_id, person_id, answered_at);

ALTER TABLE recipients ADD COLUMN last_answer_id bigint;

-- SMS opt-out and opt-in (STOP / START) per address, as the gateway reported them.
ALTER TABLE contact_points
    ADD COLUMN opted_out            boolean NOT NULL DEFAULT false,
    ADD COLUMN opt_out_changed_at   timestamptz,
    ADD COLUMN opt_out_keyword      text;

CREATE TABLE contact_opt_out_events (
    event_id    uuid PRIMARY KEY,
    person_ids  uuid[] NOT NULL,
    channel     text NOT NULL,
    opted_out   boolean NOT NULL,
    keyword     text,
    occurred_at timestamptz NOT NULL,
    received_at timestamptz NOT NULL DEFAULT now()
);

-- Reminders to non-responders on a schedule: a durable timer per incident.
CREATE TABLE reminder_schedules (
    incident_id uuid PRIMARY KEY REFERENCES incidents (id),
    every_ms    bigint NOT NULL CHECK (every_ms > 0),
    next_at     timestamptz NOT NULL,
    set_by      text NOT NULL,
    set_at      timestamptz NOT NULL
);
CREATE INDEX reminder_schedules_due ON reminder_schedules (next_at);

-- Incident tasks. help_person_id: the person an automatic "needs help" task is about.
CREATE TABLE tasks (
    id              uuid PRIMARY KEY,
    incident_id     uuid NOT NULL REFERENCES incidents (id),
    title           text NOT NULL,
    description     text,
    owner_person_id uuid REFERENCES people (id) ON DELETE SET NULL,
    owner_role      text,
    due_at          timestamptz,
    status          text NOT NULL CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    created_by      text NOT NULL,
    created_at      timestamptz NOT NULL,
    updated_at      timestamptz NOT NULL,
    help_person_id  uuid,
    reminded_due_at timestamptz,
    CHECK (owner_person_id IS NULL OR owner_role IS NULL)
);
CREATE INDEX tasks_by_incident ON tasks (incident_id, created_at);
CREATE INDEX tasks_due ON tasks (due_at) WHERE status IN ('OPEN', 'IN_PROGRESS') AND due_at IS NOT NULL;
-- At most one open automatic task per person who needs help, whatever the number of answers.
CREATE UNIQUE INDEX tasks_one_open_help_task ON tasks (incident_id, help_person_id)
    WHERE help_person_id IS NOT NULL AND status IN ('OPEN', 'IN_PROGRESS');

CREATE TABLE task_comments (
    id         bigserial PRIMARY KEY,
    task_id    uuid NOT NULL REFERENCES tasks (id),
    author     text NOT NULL,
    body       text NOT NULL,
    created_at timestamptz NOT NULL
);
CREATE INDEX task_comments_by_task ON task_comments (task_id, id);

-- Overdue reminders sent to task owners: their delivery reports are recognised, not dead-lettered.
CREATE TABLE task_reminders (
    notification_id uuid PRIMARY KEY,
    task_id         uuid NOT NULL REFERENCES tasks (id),
    person_id       uuid NOT NULL,
    due_at          timestamptz NOT NULL,
    sent_at         timestamptz NOT NULL
);

-- The people view reads every notification of one incident (the alert, steps, reminders).
CREATE INDEX notification_steps_accountability_by_incident ON notification_steps (incident_id, person_id);
