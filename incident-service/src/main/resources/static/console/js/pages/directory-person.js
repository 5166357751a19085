import { get, put, ApiError } from '../api.js';
import { el, page, showError } from '../dom.js';
import { checkedField, clearProblems, showProblem, options, goAndTell } from './directory-forms.js';
import { channelOrder } from './directory-channels.js';

// Admin: one person's directory entry. The entry and the roles are two writes of the same API
// (PUT /api/people/{id}, then PUT /api/people/{id}/roles); each field shows the API's own error.
export async function personPage(id, { go }) {
  const [person, sites, roles] = await Promise.all([get(`/api/people/${id}`), get('/api/sites'), get('/api/roles')]);
  const [manager, deputy] = await Promise.all([employeeIdOf(person.managerId), employeeIdOf(person.deputyId)]);
  const f = inputs(person, sites, roles, manager, deputy);
  const form = el('form', { onsubmit: save, 'data-form': 'person', class: 'admin person-form' },
    el('div', { class: 'grid2' },
      el('div', {},
        checkedField('Employee id', f.employeeId, 'employeeId'),
        checkedField('Name', f.name, 'name'),
        checkedField('Phones', f.phones, 'phones', 'one per line, first is called first'),
        checkedField('Email', f.email, 'email', 'optional'),
        checkedField('Language', f.locale, 'locale', 'e.g. en, de, fr-CA'),
        checkedField('Time zone', f.timeZone, 'timeZone', 'e.g. Europe/London'), f.zones),
      el('div', {},
        checkedField('Site', f.site, 'siteId'),
        checkedField('Department', f.department, 'department', 'optional'),
        checkedField('Manager', f.manager, 'managerId', 'employee id'),
        checkedField('Deputy', f.deputy, 'deputyId', 'employee id; reached when this person does not answer'),
        checkedField('Roles', f.roles, 'roles', 'hold Ctrl to pick several'),
        f.channels.node,
        el('div', { class: 'grid2' },
          checkedField('Quiet from', f.quietFrom, 'quietFrom', 'optional'),
          checkedField('Quiet until', f.quietUntil, 'quietUntil', 'optional')))),
    el('button', { type: 'submit', class: 'primary', text: 'Save person' }),
    el('a', { href: '#/directory', class: 'button-link', text: 'Back to people' }));
  page(person.name, form);

  async function save(event) {
    event.preventDefault();
    clearProblems(form);
    let entrySaved = false;
    try {
      const body = await personBody(f);
      await put(`/api/people/${id}`, body);
      entrySaved = true;
      await put(`/api/people/${id}/roles`, [...f.roles.selectedOptions].map((o) => o.value));
      goAndTell(go, `directory/${id}`, `${body.name} saved.`);
    } catch (e) {
      showProblem(form, e, referenceErrors);
      if (entrySaved) showError(`The entry was saved, but not the roles: ${e.message}`);
    }
  }
}

// 422s name ids, not fields: put them back on the field that holds them.
function referenceErrors(problem) {
  if (problem.unknownSiteIds) return [{ field: 'siteId', message: 'this site no longer exists' }];
  if (problem.unknownRoles) return [{ field: 'roles', message: `unknown roles: ${problem.unknownRoles.join(', ')}` }];
  if (/deputy-cycle$/.test(problem.type ?? '')) return [{ field: 'deputyId', message: problem.detail }];
  if (problem.unknownPersonIds) return [{ field: 'managerId', message: 'manager or deputy no longer exists' }];
  if (/duplicate-employee-id$/.test(problem.type ?? '')) return [{ field: 'employeeId', message: problem.detail }];
  return [];
}

function inputs(person, sites, roles, manager, deputy) {
  const text = (value, max) => el('input', { type: 'text', maxlength: max, value: value ?? '' });
  const zones = el('datalist', { id: 'time-zones' },
    (Intl.supportedValuesOf?.('timeZone') ?? []).map((z) => el('option', { value: z })));
  return {
    employeeId: text(person.employeeId, 64), name: text(person.name, 200),
    phones: el('textarea', { rows: 2, maxlength: 500, 'data-field': 'phones' }, (person.phones.length ? person.phones : [person.phone].filter(Boolean)).join('\n')),
    email: el('input', { type: 'email', maxlength: 254, value: person.email ?? '' }),
    locale: text(person.locale, 20), timeZone: el('input', { type: 'text', list: 'time-zones', maxlength: 64, value: person.timeZone }),
    zones,
    site: el('select', {}, options([['', '(no site)'], ...sites.map((s) => [s.id, s.name])], person.siteId ?? '')),
    department: text(person.department, 200), manager: text(manager, 64), deputy: text(deputy, 64),
    roles: el('select', { multiple: true, size: Math.min(8, Math.max(3, roles.length)) },
      roles.map((r) => el('option', { value: r.name, text: r.name, selected: person.roles.includes(r.name) }))),
    channels: channelOrder(person.channels),
    quietFrom: el('input', { type: 'time', value: (person.quietFrom ?? '').slice(0, 5) }),
    quietUntil: el('input', { type: 'time', value: (person.quietUntil ?? '').slice(0, 5) }),
  };
}

async function personBody(f) {
  const blank = (input) => input.value.trim() || null;
  return {
    employeeId: f.employeeId.value.trim(), name: f.name.value.trim(),
    phones: f.phones.value.split(/\n|,/).map((p) => p.trim()).filter(Boolean),
    email: blank(f.email), locale: blank(f.locale), timeZone: blank(f.timeZone), siteId: f.site.value || null,
    department: blank(f.department),
    managerId: await personIdOf(f.manager.value.trim(), 'managerId'),
    deputyId: await personIdOf(f.deputy.value.trim(), 'deputyId'),
    channels: f.channels.value(), quietFrom: blank(f.quietFrom), quietUntil: blank(f.quietUntil),
  };
}

async function employeeIdOf(personId) {
  if (!personId) return '';
  try {
    return (await get(`/api/people/${personId}`)).employeeId;
  } catch (e) { return ''; }
}

// Manager and deputy are typed as employee ids (nobody picks from 100,000 names); the API wants ids.
async function personIdOf(employeeId, field) {
  if (!employeeId) return null;
  const found = (await get(`/api/people?q=${encodeURIComponent(employeeId)}&size=20`)).find((p) => p.employeeId === employeeId);
  if (found) return found.id;
  throw new ApiError(422, { title: 'Unknown person', detail: `No person has the employee id ${employeeId}.`,
    errors: [{ field, message: `no person has the employee id ${employeeId}` }] });
}
