-- The crisis bridge tells the incident-service who joined and left (BridgeParticipantChanged, docs/bridge.md):
-- the event carries the invitation's exercise flag.
alter table bridge_members add column exercise boolean not null default false;
