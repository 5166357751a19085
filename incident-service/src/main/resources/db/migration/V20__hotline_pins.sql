-- Hotline PINs: a caller who is not recognised by their own number proves who they are with one before the
-- hotline reads them an internal update or takes their answer. Only a bcrypt hash is kept, never the PIN.
CREATE TABLE hotline_pins (
    person_id  uuid PRIMARY KEY REFERENCES people (id) ON DELETE CASCADE,
    pin_hash   text        NOT NULL,
    set_by     text        NOT NULL CHECK (set_by IN ('PERSON', 'HR')),
    set_at     timestamptz NOT NULL,
    changed_by text        NOT NULL
);
