import { get, post } from '../api.js';
import { el, page, field, table, showError, showInfo } from '../dom.js';

// Admin: import people from the HR export with the per-row report, and keep sites and roles.
export async function directoryPage(args, { go }) {
  const [sites, roles] = await Promise.all([get('/api/sites'), get('/api/roles')]);
  const report = el('div', { 'aria-live': 'polite' });
  const file = el('input', { type: 'file', accept: '.csv,text/csv' });
  const siteName = el('input', { type: 'text', maxlength: 200 });
  const siteAddress = el('input', { type: 'text', maxlength: 500 });
  const alternate = el('select', {}, el('option', { value: '', text: '(none)' }),
    sites.map((s) => el('option', { value: s.id, text: s.name })));
  const roleName = el('input', { type: 'text', maxlength: 100 });
  const names = Object.fromEntries(sites.map((s) => [s.id, s.name]));
  page('Directory',
    el('h2', { text: 'Import people' }),
    el('form', { onsubmit: upload }, field('CSV file from the HR system', file, 'one row per person'),
      el('button', { type: 'submit', class: 'primary', text: 'Import' })),
    report,
    el('div', { class: 'grid2' },
      el('section', {}, el('h2', { text: `Sites (${sites.length})` }),
        table(['Site', 'Address', 'Alternate site'], sites.map((s) => [s.name, s.address ?? '', names[s.alternateSiteId] ?? ''])),
        el('form', { onsubmit: addSite }, field('New site name', siteName), field('Address', siteAddress),
          field('Alternate site', alternate), el('button', { type: 'submit', class: 'secondary', text: 'Add site' }))),
      el('section', {}, el('h2', { text: `Roles (${roles.length})` }),
        el('p', { text: roles.map((r) => r.name).join(', ') || 'No roles yet.' }),
        el('form', { onsubmit: addRole }, field('New role', roleName),
          el('button', { type: 'submit', class: 'secondary', text: 'Add role' })))));

  async function upload(event) {
    event.preventDefault();
    if (!file.files.length) return showError('Choose a CSV file first.');
    try {
      const result = await post('/api/people/import', await file.files[0].text(), 'text/csv');
      report.replaceChildren(
        el('p', { text: `Created ${result.created}, updated ${result.updated}, unchanged ${result.unchanged}, rejected ${result.rejected}.` }),
        table(['Line', 'Employee id', 'Outcome', 'Reason'], result.rows
          .filter((r) => r.outcome !== 'UNCHANGED')
          .map((r) => [r.line, r.employeeId ?? '', r.outcome.toLowerCase(), r.reason ?? ''])));
    } catch (e) { showError(e); }
  }

  async function addSite(event) {
    event.preventDefault();
    try {
      await post('/api/sites', { name: siteName.value.trim(), address: siteAddress.value.trim() || null,
        alternateSiteId: alternate.value || null });
      go('directory');
      showInfo(`Site ${siteName.value.trim()} added.`);
    } catch (e) { showError(e); }
  }

  async function addRole(event) {
    event.preventDefault();
    try {
      await post('/api/roles', { name: roleName.value.trim() });
      go('directory');
      showInfo(`Role ${roleName.value.trim()} added.`);
    } catch (e) { showError(e); }
  }
}
