import { get, post } from '../api.js';
import { el, field, fill, page, showError, table } from '../dom.js';
import { personPage } from './directory-person.js';

const PAGE_SIZE = 25;

// Admin: the people directory. Import the HR export with its per-row report, find people a page
// at a time (the directory may hold a hundred thousand), and open one to edit (#/directory/{id}).
export async function directoryPage(args, ctx) {
  if (args[0]) return personPage(args[0], ctx);
  const flagged = await flaggedContactPoints();
  const list = el('div', { 'aria-live': 'polite', 'data-people': '' });
  const search = el('input', { type: 'search', maxlength: 200, name: 'q', placeholder: 'e.g. E001 or Ada' });
  page('People',
    importSection(),
    el('section', { 'aria-labelledby': 'people-title', class: 'admin' },
      el('h2', { id: 'people-title', text: 'People' }),
      el('form', { role: 'search', class: 'inline-form', onsubmit: (e) => { e.preventDefault(); show(0); } },
        field('Find by employee id or name', search, 'start of either'),
        el('button', { type: 'submit', class: 'secondary', text: 'Search' })),
      list));
  await show(0);

  async function show(number) {
    try {
      const people = await get(`/api/people?q=${encodeURIComponent(search.value.trim())}&page=${number}&size=${PAGE_SIZE}`);
      list.replaceChildren(peopleTable(people, flagged), pager(number, people.length === PAGE_SIZE, show));
    } catch (e) { showError(e); }
  }
}

// Only the flagged addresses: few, and each one is a person someone should call.
async function flaggedContactPoints() {
  const byPerson = new Map();
  for (const point of await get('/api/contact-points?flagged=true')) {
    byPerson.set(point.personId, [...(byPerson.get(point.personId) ?? []), point.address]);
  }
  return byPerson;
}

function peopleTable(people, flagged) {
  if (!people.length) return el('p', { text: 'Nobody matches.' });
  return table(['Employee id', 'Name', 'Roles', 'Site', 'Contact points'], people.map((p) => [
    p.employeeId,
    el('a', { href: `#/directory/${p.id}`, 'data-person': p.employeeId, text: p.name }),
    p.roles.join(', '),
    p.site ?? '',
    contactPoints(p, flagged.get(p.id) ?? [])]));
}

function contactPoints(person, flaggedAddresses) {
  const phones = person.phones.length ? person.phones : [person.phone].filter(Boolean);
  const addresses = [...phones, ...(person.email ? [person.email] : [])];
  if (!addresses.length) return el('span', { class: 'badge flagged', text: 'No contact point' });
  return el('ul', { class: 'plain' }, addresses.map((a) => flaggedAddresses.includes(a)
    ? el('li', { class: 'flagged', 'data-flagged': '' }, a, ' ', el('span', { class: 'badge flagged', text: 'unreachable' }))
    : el('li', { text: a })));
}

function pager(number, more, show) {
  return el('nav', { class: 'pager', 'aria-label': 'People pages' },
    el('button', { type: 'button', class: 'secondary', disabled: number === 0, onclick: () => show(number - 1), text: 'Previous page' }),
    el('span', { text: ` Page ${number + 1} ` }),
    el('button', { type: 'button', class: 'secondary', disabled: !more, onclick: () => show(number + 1), text: 'Next page' }));
}

function importSection() {
  const report = el('div', { 'aria-live': 'polite', 'data-import-report': '' });
  const file = el('input', { type: 'file', accept: '.csv,text/csv' });
  return el('section', { 'aria-labelledby': 'import-title', class: 'admin' },
    el('h2', { id: 'import-title', text: 'Import people' }),
    el('form', { onsubmit: upload }, field('CSV file from the HR system', file, 'one row per person'),
      el('button', { type: 'submit', class: 'primary', text: 'Import' })),
    report);

  async function upload(event) {
    event.preventDefault();
    if (!file.files.length) return showError('Choose a CSV file first.');
    try {
      const result = await post('/api/people/import', await file.files[0].text(), 'text/csv');
      // Rejected rows first: they are the ones someone has to fix in the HR system.
      const rows = result.rows.filter((r) => r.outcome !== 'UNCHANGED')
        .sort((a, b) => (b.outcome === 'REJECTED') - (a.outcome === 'REJECTED') || a.line - b.line);
      fill(report,
        el('p', { 'data-import-summary': '' },
          `Created ${result.created}, updated ${result.updated}, unchanged ${result.unchanged}, rejected ${result.rejected}.`,
          result.unchanged ? ` The ${result.unchanged} unchanged rows are not listed.` : ''),
        rows.length ? table(['Line', 'Employee id', 'Outcome', 'Reason'],
          rows.map((r) => [r.line, r.employeeId ?? '', r.outcome.toLowerCase(), r.reason ?? ''])) : null);
    } catch (e) { showError(e); }
  }
}
