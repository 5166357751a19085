import { get, post, put } from '../api.js';
import { el, page, table, localTime } from '../dom.js';
import { checkedField, clearProblems, showProblem, goAndTell } from './directory-forms.js';

// Admin: the service's own logins (the break-glass accounts and the demo's). Create one, give it
// roles, reset its password, disable it. No password is ever shown; every change is audited.
const ROLES = ['COMMANDER', 'TEAM', 'HR', 'SPOKESPERSON', 'EMPLOYEE', 'ADMIN'];

export async function loginsPage([selected], { go }) {
  const logins = await get('/api/logins');
  const wanted = selected ? decodeURIComponent(selected) : null;
  const login = logins.find((l) => l.username === wanted) ?? null;
  page('Logins',
    el('div', { class: 'grid2 admin' },
      el('section', { 'aria-labelledby': 'logins-title' },
        el('h2', { id: 'logins-title', text: `Logins (${logins.length})` }),
        loginTable(logins)),
      el('section', { 'aria-labelledby': 'login-form-title' },
        login ? editForms(login, go) : createForm(go))));
}

function loginTable(logins) {
  return table(['Login', 'Roles', 'Employee', 'State', 'Password changed', 'Actions'], logins.map((l) => [
    l.username, l.roles.join(', ').toLowerCase(), l.employeeId ?? '',
    el('span', { class: l.disabled ? 'badge flagged' : 'badge', 'data-login-state': l.username, text: l.disabled ? 'Disabled' : 'Enabled' }),
    localTime(l.passwordChangedAt),
    el('a', { href: `#/logins/${encodeURIComponent(l.username)}`, class: 'button-link', 'aria-label': `Manage login ${l.username}`, text: 'Manage' })]));
}

function roleBoxes(current) {
  return el('fieldset', { class: 'role-boxes', 'data-error-for-group': 'roles' },
    el('legend', { text: 'Roles' }),
    ROLES.map((role) => el('label', {},
      el('input', { type: 'checkbox', name: 'role', value: role, checked: current.includes(role) }), ` ${role.toLowerCase()}`)));
}

function chosen(boxes) {
  return [...boxes.querySelectorAll('input[name=role]:checked')].map((box) => box.value);
}

function createForm(go) {
  const username = el('input', { type: 'text', name: 'new-username', maxlength: 64, required: true, autocomplete: 'off' });
  const password = el('input', { type: 'password', name: 'new-password', minlength: 12, maxlength: 72, required: true, autocomplete: 'new-password' });
  const employee = el('input', { type: 'text', name: 'new-employee', maxlength: 64 });
  const roles = roleBoxes([]);
  const form = el('form', { onsubmit: save, 'data-form': 'login' },
    el('h2', { id: 'login-form-title', text: 'Add a login' }),
    checkedField('User name', username, 'username'),
    checkedField('Password', password, 'password', '12 to 72 characters; give it to the person by another channel'),
    checkedField('Employee id', employee, 'employeeId', 'optional: the person this login belongs to'),
    roles, el('p', { class: 'field-error', 'data-error-for': 'roles', hidden: true }),
    el('button', { type: 'submit', class: 'primary', text: 'Add login' }));
  return form;

  async function save(event) {
    event.preventDefault();
    clearProblems(form);
    const body = { username: username.value.trim(), password: password.value, roles: chosen(roles), employeeId: employee.value.trim() || null };
    try {
      await post('/api/logins', body);
      password.value = '';
      goAndTell(go, 'logins', `Login ${body.username} added.`);
    } catch (e) {
      password.value = '';
      showProblem(form, e, (p) => (/login-exists/.test(p.type ?? '') ? [{ field: 'username', message: p.detail }]
        : /unknown-people/.test(p.type ?? '') ? [{ field: 'employeeId', message: p.detail }] : []));
    }
  }
}

function editForms(login, go) {
  const name = login.username;
  const path = `/api/logins/${encodeURIComponent(name)}`;
  const roles = roleBoxes(login.roles);
  const rolesForm = el('form', { 'data-form': 'login-roles', onsubmit: (event) => act(event, rolesForm,
    () => put(`${path}/roles`, { roles: chosen(roles) }), `Roles of ${name} saved.`) },
  roles, el('p', { class: 'field-error', 'data-error-for': 'roles', hidden: true }),
  el('button', { type: 'submit', class: 'primary', text: 'Save roles' }));
  const password = el('input', { type: 'password', name: 'reset-password', minlength: 12, maxlength: 72, required: true, autocomplete: 'new-password' });
  const passwordForm = el('form', { 'data-form': 'login-password', onsubmit: (event) => act(event, passwordForm,
    () => put(`${path}/password`, { password: password.value }), `Password of ${name} reset; its sessions are signed out.`, password) },
  checkedField('New password', password, 'password', '12 to 72 characters'),
  el('button', { type: 'submit', class: 'secondary', text: 'Reset password' }));
  const stateForm = el('form', { 'data-form': 'login-state', onsubmit: (event) => act(event, stateForm,
    () => post(`${path}/${login.disabled ? 'enable' : 'disable'}`, {}), `Login ${name} ${login.disabled ? 'enabled' : 'disabled'}.`) },
  el('p', { class: 'hint', text: login.disabled ? 'This login cannot sign in.' : 'A disabled login cannot sign in; its sessions end at once.' }),
  el('button', { type: 'submit', class: login.disabled ? 'secondary' : 'danger', text: login.disabled ? 'Enable login' : 'Disable login' }));
  return el('div', {},
    el('h2', { id: 'login-form-title', text: `Login ${name}` }),
    rolesForm, passwordForm, stateForm,
    el('a', { href: '#/logins', class: 'button-link', text: 'Back to all logins' }));

  async function act(event, form, request, done, secret) {
    event.preventDefault();
    clearProblems(form);
    try {
      await request();
      if (secret) secret.value = '';
      goAndTell(go, `logins/${encodeURIComponent(name)}`, done);
    } catch (e) {
      if (secret) secret.value = '';
      showProblem(form, e);
    }
  }
}
