-- Work one gateway instance at a time does (reading the reply mailbox): the instance named in a lease does it
-- until held_until, renewing as it goes; another instance takes the lease over once it has lapsed.
create table leases (
    name       text        primary key,
    holder     text        not null,
    held_until timestamptz not null
);
