-- The employee id each PIN was set for (HotlinePinChanged carries it), so a commander in no open incident can still
-- be identified by employee id and PIN to launch a prepared scenario by phone (docs/scenarios.md, "Launch by
-- phone"). The digits are the id as typed on a keypad ("E-1042" -> "1042"), as on hotline_requests.
alter table hotline_pins
    add column employee_id     text,
    add column employee_digits text;

create index hotline_pins_employee_digits on hotline_pins (employee_digits) where employee_digits is not null;
