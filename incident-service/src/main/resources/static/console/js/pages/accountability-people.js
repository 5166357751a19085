import { el, field, localTime } from '../dom.js';
import { STATES, stateBadge } from './accountability-counts.js';

// The people list of the board: filters that become the API's own (q, state, siteId), rows that turn
// into cards on a phone, and one details panel per person opened below their row.
export const PAGE_SIZE = 50;

/** The API query for a filter; with paging for the list, without for the CSV (all rows). */
export function query(filter, paged) {
  const params = new URLSearchParams();
  if (filter.q.trim()) params.set('q', filter.q.trim());
  if (filter.state) params.set('state', filter.state);
  if (filter.siteId) params.set('siteId', filter.siteId);
  if (paged) { params.set('page', String(filter.page)); params.set('size', String(PAGE_SIZE)); }
  return params.toString();
}

/** Search, state and site; calls onChange after a pause in typing or at once on a choice. */
export function filtersForm(filter, sites, onChange) {
  const q = el('input', { type: 'search', name: 'q', maxlength: '100', value: filter.q, autocomplete: 'off' });
  const state = el('select', { name: 'state' }, el('option', { value: '', text: 'Every state' }),
    STATES.map(([key, label]) => el('option', { value: key, text: label })));
  const site = el('select', { name: 'siteId' }, el('option', { value: '', text: 'Every site' }),
    sites.map((s) => el('option', { value: s.id, text: s.name })));
  let pause;
  const changed = () => { clearTimeout(pause); filter.q = q.value; filter.state = state.value; filter.siteId = site.value; onChange(); };
  q.addEventListener('input', () => { clearTimeout(pause); pause = setTimeout(changed, 300); });
  state.addEventListener('change', changed);
  site.addEventListener('change', changed);
  const form = el('form', { class: 'acc-filters', role: 'search', 'data-acc-filters': '', onsubmit: (e) => { e.preventDefault(); changed(); } },
    field('Search', q, 'name or employee id'), field('State', state), field('Site', site, 'home or reporting site'));
  return { node: form, sync: () => { state.value = filter.state; } };
}

/** The table of one page of people; panels holds the open details panel of each person by id. */
export function peopleTable(result, panels, writer, toggle) {
  if (result.people.length === 0) return el('p', { 'data-acc-empty': '', text: 'Nobody matches these filters.' });
  return el('div', { class: 'scroll' }, el('table', { class: 'acc-people' },
    el('thead', {}, el('tr', {}, ['Person', 'State', 'Home site', 'Reports at', 'Last answer', ''].map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, result.people.flatMap((p) => [row(p, panels.has(p.personId), writer, toggle), panels.has(p.personId)
      ? el('tr', { class: 'acc-detail' }, el('td', { colspan: '6' }, panels.get(p.personId).node)) : null]))));
}

function row(p, open, writer, toggle) {
  return el('tr', { 'data-acc-person': p.employeeId, 'data-person-id': p.personId, 'data-state': p.state },
    el('td', { 'data-label': 'Person' }, el('strong', { text: p.name }), el('br'), el('span', { class: 'hint', text: p.employeeId })),
    el('td', { 'data-label': 'State' }, stateBadge(p.state), p.late ? el('span', { class: 'badge acc-late', text: 'Late' }) : null),
    el('td', { 'data-label': 'Home site' }, p.site ?? '—',
      p.alternateSite ? el('span', { class: 'hint' }, el('br'), `alternate: ${p.alternateSite}`) : null),
    el('td', { 'data-label': 'Reports at', 'data-acc-reporting-site': p.reportingSiteId ?? '' },
      p.state === 'AT_ALTERNATE_SITE' ? (p.reportingSite ?? p.location ?? 'not said') : '—'),
    el('td', { 'data-label': 'Last answer' }, lastAnswer(p)),
    el('td', { class: 'acc-actions' }, el('button', {
      type: 'button', class: 'secondary', 'data-action': 'person', 'aria-expanded': String(open),
      'aria-controls': `acc-panel-${p.personId}`, 'aria-label': `${writer ? 'History and update' : 'History'}: ${p.name}`,
      text: writer ? 'History / update' : 'History', onclick: () => toggle(p),
    })));
}

function lastAnswer(p) {
  if (!p.answeredAt) return el('span', { class: 'hint', text: 'No answer yet' });
  return el('span', {}, `${p.channel} · ${localTime(p.answeredAt)}`,
    p.source === 'OPERATOR' ? ` · set by ${p.answeredBy}` : null,
    p.comment ? el('span', { class: 'acc-comment' }, el('br'), `“${p.comment}”`) : null);
}

/** "People 1–50 of 120" with the previous and next page. */
export function pager(result, onPage) {
  const first = result.total === 0 ? 0 : result.page * result.size + 1;
  const last = Math.min(result.total, (result.page + 1) * result.size);
  return el('div', { class: 'acc-pager' },
    el('span', { 'data-acc-total': String(result.total), text: `People ${first}–${last} of ${result.total}` }),
    result.page > 0 ? el('button', { type: 'button', class: 'secondary', text: 'Previous', onclick: () => onPage(result.page - 1) }) : null,
    last < result.total ? el('button', { type: 'button', class: 'secondary', text: 'Next', onclick: () => onPage(result.page + 1) }) : null);
}
