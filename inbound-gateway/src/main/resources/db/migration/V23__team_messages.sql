-- Voice messages for a team (docs/hotline.md, "Messages for a team"): the roles each request's person holds in the
-- directory (NotificationRequested's optional roles), a message kept for a role instead of a person, and who of the
-- team heard it (each member once).
alter table hotline_requests add column roles text[];
-- the incident's teams are read when a caller presses 6: only requests that carried roles
create index hotline_requests_teams on hotline_requests (incident_id) where roles is not null;

alter table colleague_messages
    alter column to_person_id drop not null,
    add column to_role text,
    add constraint colleague_messages_one_recipient check ((to_person_id is null) <> (to_role is null));

create index colleague_messages_for_team on colleague_messages (incident_id, to_role) where to_role is not null;

create table team_message_hearings (
    recording_sid text        not null references colleague_messages (recording_sid) on delete cascade,
    person_id     uuid        not null,
    heard_at      timestamptz not null,
    primary key (recording_sid, person_id)
);
