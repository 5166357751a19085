// Who a task belongs to: picking an owner (a person or a directory role) and naming one.
import { get } from '../api.js';
import { el, field, showError } from '../dom.js';

const OTHER_ROLE = 'role:*';

/** The owner's name as the viewer can know it: people of the incident, directory matches, "you". */
export function ownerName(ctx, task) {
  if (task.ownerRole) return `role ${task.ownerRole}`;
  if (!task.ownerPersonId) return 'nobody yet';
  const name = ctx.names.get(task.ownerPersonId);
  if (task.ownerPersonId === ctx.session.personId) return name ? `you (${name})` : 'you';
  return name ?? `a person outside this incident (${task.ownerPersonId.slice(0, 8)})`;
}

/**
 * A labelled select of possible owners: nobody, me, the incident's people, the directory roles
 * already owning tasks, or another role by name; roles that may read the directory can also
 * search it. value() is the API's {ownerPersonId, ownerRole}.
 */
export function ownerPicker(ctx, tasks, current, label = 'Assignee') {
  const select = el('select', { 'data-owner': '' });
  const role = el('input', { type: 'text', maxlength: 100, autocomplete: 'off' });
  const roleField = field('Directory role name', role, 'everyone in that role is reminded');
  roleField.hidden = true;
  const matches = el('optgroup', { label: 'Directory matches' });
  fill(select, ctx, tasks, matches);
  const wanted = current?.ownerRole ? `role:${current.ownerRole}` : current?.ownerPersonId ? `person:${current.ownerPersonId}` : '';
  if (![...select.options].some((o) => o.value === wanted)) matches.append(option(wanted, ownerName(ctx, current)));
  select.value = wanted;
  select.addEventListener('change', () => { roleField.hidden = select.value !== OTHER_ROLE; });
  const node = el('div', { class: 'team-owner' }, field(label, select), roleField,
    ctx.can('COMMANDER', 'HR', 'ADMIN') ? directorySearch(ctx, select, matches) : null);
  return { node, value: () => value(select.value, role.value.trim()) };
}

function fill(select, ctx, tasks, matches) {
  const me = ctx.session.personId;
  const people = ctx.people.filter((p) => p.personId !== me).sort((a, b) => a.name.localeCompare(b.name));
  const roles = [...new Set(tasks.map((t) => t.ownerRole).filter(Boolean))].sort();
  select.append(option('', 'Nobody yet'));
  if (me) select.append(option(`person:${me}`, `Me (${ctx.names.get(me) ?? ctx.session.username})`));
  if (people.length) select.append(el('optgroup', { label: 'People in this incident' },
    people.map((p) => option(`person:${p.personId}`, `${p.name} (${p.employeeId})`))));
  select.append(el('optgroup', { label: 'Directory roles' },
    roles.map((r) => option(`role:${r}`, `Role: ${r}`)), option(OTHER_ROLE, 'Another directory role…')));
  select.append(matches);
}

function directorySearch(ctx, select, matches) {
  const query = el('input', { type: 'search', maxlength: 200 });
  async function search() {
    try {
      const found = await get(`/api/people?q=${encodeURIComponent(query.value.trim())}&size=20`);
      found.forEach((p) => ctx.names.set(p.id, `${p.name} (${p.employeeId})`));
      matches.replaceChildren(...found.map((p) => option(`person:${p.id}`, `${p.name} (${p.employeeId})`)));
      if (found.length) select.value = `person:${found[0].id}`;
      select.focus();
    } catch (e) { showError(e); }
  }
  return el('div', { class: 'team-search' }, field('Find someone in the directory', query, 'name or employee id'),
    el('button', { type: 'button', class: 'secondary', text: 'Search', onclick: search }));
}

function value(selected, otherRole) {
  if (selected === OTHER_ROLE) return { ownerPersonId: null, ownerRole: otherRole || null };
  if (selected.startsWith('role:')) return { ownerPersonId: null, ownerRole: selected.slice(5) };
  if (selected.startsWith('person:')) return { ownerPersonId: selected.slice(7), ownerRole: null };
  return { ownerPersonId: null, ownerRole: null };
}

function option(value, text) {
  return el('option', { value, text });
}
