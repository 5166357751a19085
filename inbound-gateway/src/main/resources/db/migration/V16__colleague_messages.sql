-- Voice messages hotline callers leave for a colleague in the same incident (docs/hotline.md, "Messages for a
-- colleague"): kept before anything is published (VoiceMessageLeft), heard by the recipient on the hotline.
create table colleague_messages (
    recording_sid    text        primary key,
    call_sid         text        not null,
    incident_id      uuid        not null,
    from_person_id   uuid        not null,
    to_person_id     uuid        not null,
    recording_url    text        not null,
    duration_seconds integer,
    recorded_at      timestamptz not null default now(),
    published_at     timestamptz,
    heard_at         timestamptz
);

create index colleague_messages_for on colleague_messages (to_person_id, incident_id, recorded_at);
