import { get, post, put, call } from '../api.js';
import { el, page, table } from '../dom.js';
import { checkedField, clearProblems, showProblem, confirmBox, options, goAndTell } from './directory-forms.js';

// Admin: the sites people work at (with the alternate site they go to when theirs cannot be
// used) and the roles call trees and declarations name. Conflicts (in use, duplicate) are 409s.
export async function sitesPage(args, { go }) {
  const [sites, roles] = await Promise.all([get('/api/sites'), get('/api/roles')]);
  const names = Object.fromEntries(sites.map((s) => [s.id, s.name]));
  const editing = sites.find((s) => s.id === args[0]) ?? null;
  const confirm = el('div', { 'aria-live': 'polite' });
  page('Sites and roles',
    el('div', { class: 'grid2 admin' },
      el('section', { 'aria-labelledby': 'sites-title' },
        el('h2', { id: 'sites-title', text: `Sites (${sites.length})` }),
        siteTable(sites, names, confirm, go), confirm,
        siteForm(sites, editing, go)),
      el('section', { 'aria-labelledby': 'roles-title' },
        el('h2', { id: 'roles-title', text: `Roles (${roles.length})` }),
        roleList(roles, go), roleForm(go))));
}

function siteTable(sites, names, confirm, go) {
  if (!sites.length) return el('p', { text: 'No sites yet.' });
  return table(['Site', 'Address', 'Alternate site', 'Actions'], sites.map((s) => [
    s.name, s.address ?? '', names[s.alternateSiteId] ?? '',
    el('span', { class: 'row-actions' },
      el('a', { href: `#/sites/${s.id}`, class: 'button-link', 'aria-label': `Edit site ${s.name}`, text: 'Edit' }),
      el('button', { type: 'button', class: 'secondary small', 'aria-label': `Delete site ${s.name}`, text: 'Delete',
        onclick: () => confirmBox(confirm, `Delete the site ${s.name}?`, `Yes, delete ${s.name}`, () => remove(s)) }))]));

  async function remove(site) {
    try {
      await call('DELETE', `/api/sites/${site.id}`);
      goAndTell(go, 'sites', `Site ${site.name} deleted.`);
    } catch (e) { showProblem(confirm, e); }
  }
}

function siteForm(sites, editing, go) {
  const name = el('input', { type: 'text', maxlength: 200, required: true, value: editing?.name ?? '' });
  const address = el('input', { type: 'text', maxlength: 500, value: editing?.address ?? '' });
  const alternate = el('select', {}, options([['', '(none)'],
    ...sites.filter((s) => s.id !== editing?.id).map((s) => [s.id, s.name])], editing?.alternateSiteId ?? ''));
  const form = el('form', { onsubmit: save, 'data-form': 'site' },
    el('h3', { text: editing ? `Edit ${editing.name}` : 'Add a site' }),
    checkedField(editing ? 'Site name' : 'New site name', name, 'name'),
    checkedField('Address', address, 'address', 'optional'),
    checkedField('Alternate site', alternate, 'alternateSiteId', 'where its people go when it cannot be used'),
    el('button', { type: 'submit', class: 'primary', text: editing ? 'Save site' : 'Add site' }),
    editing ? el('a', { href: '#/sites', class: 'button-link', text: 'Cancel' }) : null);
  return form;

  async function save(event) {
    event.preventDefault();
    clearProblems(form);
    const body = { name: name.value.trim(), address: address.value.trim() || null, alternateSiteId: alternate.value || null };
    try {
      if (editing) await put(`/api/sites/${editing.id}`, body);
      else await post('/api/sites', body);
      goAndTell(go, 'sites', `Site ${body.name} ${editing ? 'saved' : 'added'}.`);
    } catch (e) {
      showProblem(form, e, (p) => (p.unknownSiteIds ? [{ field: 'alternateSiteId', message: 'this site no longer exists' }]
        : /duplicate/.test(p.type ?? '') ? [{ field: 'name', message: p.detail }] : []));
    }
  }
}

function roleList(roles, go) {
  const confirm = el('div', { 'aria-live': 'polite' });
  const list = el('ul', { class: 'role-list' }, roles.map((r) => el('li', { 'data-role': r.name },
    el('span', { text: r.name }),
    el('button', { type: 'button', class: 'secondary small', 'aria-label': `Delete role ${r.name}`, text: 'Delete',
      onclick: () => confirmBox(confirm, `Delete the role ${r.name}?`, `Yes, delete ${r.name}`, () => remove(r.name)) }))));
  return el('div', {}, roles.length ? list : el('p', { text: 'No roles yet.' }), confirm);

  async function remove(roleName) {
    try {
      await call('DELETE', `/api/roles/${encodeURIComponent(roleName)}`);
      goAndTell(go, 'sites', `Role ${roleName} deleted.`);
    } catch (e) { showProblem(confirm, e); }
  }
}

function roleForm(go) {
  const name = el('input', { type: 'text', maxlength: 100, required: true });
  const form = el('form', { onsubmit: add, 'data-form': 'role' },
    checkedField('New role', name, 'name'),
    el('button', { type: 'submit', class: 'primary', text: 'Add role' }));
  return form;

  async function add(event) {
    event.preventDefault();
    clearProblems(form);
    try {
      await post('/api/roles', { name: name.value.trim() });
      goAndTell(go, 'sites', `Role ${name.value.trim()} added.`);
    } catch (e) { showProblem(form, e); }
  }
}
