-- Issue 19's team messages put each recipient's directory roles on NotificationRequested.roles (the
-- hotline's teams). Read as a subquery on person_roles per person, they cost a 100,000-person fan-out
-- about 0.7 s until the 201 and as much again in the relay, which reads the people once more.
--
-- people.joined_roles keeps a copy: the person's roles in name order, joined by the unit separator
-- (chr(31); a role name may hold a comma), exactly as the fan-out maps them (escalation.Contacts), so
-- the fan-out reads one column of the row it reads anyway. person_roles stays the truth (its index
-- finds a role's members); the triggers below keep the copy in step with every statement that writes
-- it, whoever writes it (the import, the people API, the demo seed, a person's delete by cascade).
-- Not called "roles": queries that select p.* alias their own role array as roles.

ALTER TABLE people ADD COLUMN joined_roles text;

UPDATE people p SET joined_roles = r.joined
FROM (SELECT person_id, string_agg(role, chr(31) ORDER BY role) AS joined FROM person_roles GROUP BY person_id) r
WHERE r.person_id = p.id;

-- Joins the roles of the people a statement on person_roles touched. They are locked first (in id
-- order, as every writer of several people is), and their roles read by a statement of its own: its
-- snapshot then holds what a concurrent writer of the same person committed while this one waited, so
-- the last writer's copy is complete. Joined to the transition tables, never through an array (a
-- 100,000-person import would search the array once per person).
CREATE FUNCTION people_join_roles() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM 1 FROM people p WHERE p.id IN (SELECT person_id FROM new_roles) ORDER BY p.id FOR UPDATE OF p;
        UPDATE people p
        SET joined_roles = (SELECT string_agg(pr.role, chr(31) ORDER BY pr.role) FROM person_roles pr WHERE pr.person_id = p.id)
        WHERE p.id IN (SELECT person_id FROM new_roles);
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        PERFORM 1 FROM people p WHERE p.id IN (SELECT person_id FROM old_roles) ORDER BY p.id FOR UPDATE OF p;
        UPDATE people p
        SET joined_roles = (SELECT string_agg(pr.role, chr(31) ORDER BY pr.role) FROM person_roles pr WHERE pr.person_id = p.id)
        WHERE p.id IN (SELECT person_id FROM old_roles);
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER person_roles_joined_on_insert AFTER INSERT ON person_roles
    REFERENCING NEW TABLE AS new_roles FOR EACH STATEMENT EXECUTE FUNCTION people_join_roles();
CREATE TRIGGER person_roles_joined_on_update AFTER UPDATE ON person_roles
    REFERENCING OLD TABLE AS old_roles NEW TABLE AS new_roles FOR EACH STATEMENT EXECUTE FUNCTION people_join_roles();
CREATE TRIGGER person_roles_joined_on_delete AFTER DELETE ON person_roles
    REFERENCING OLD TABLE AS old_roles FOR EACH STATEMENT EXECUTE FUNCTION people_join_roles();
