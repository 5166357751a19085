import { get, follow } from '../api.js';
import { el, page, showError } from '../dom.js';
import { badges } from './incidents.js';
import { stateTiles, siteTables } from './accountability-counts.js';
import { filtersForm, peopleTable, pager, query } from './accountability-people.js';
import { personPanel } from './accountability-person.js';
import { csvExport, remindersSection } from './accountability-actions.js';

// HR's accountability board: counts by state and site, the people in each state with where they
// report, search and filters, history and on-behalf updates, CSV, reminders. It refreshes itself
// whenever the incident's live counts change (server-sent events), without a reload.
export async function accountabilityPage([id], { can }) {
  const base = `/api/incidents/${encodeURIComponent(id)}`;
  const writer = can('HR', 'COMMANDER');
  const [incident, sites] = await Promise.all([get(`${base}?size=1`), get('/api/sites')]);
  const open = incident.status !== 'CLOSED';
  const filter = { q: '', state: '', siteId: '', page: 0 };
  const panels = new Map();
  let summary = { total: 0, byState: {}, bySite: [], reportingAt: [] };
  const counts = el('div', { 'aria-live': 'polite' });
  const siteBox = el('div');
  const list = el('div', { 'aria-live': 'polite', 'aria-busy': 'true' });
  const pages = el('div');
  const liveState = el('span', { class: 'hint', 'data-acc-live': '', text: 'connecting…' });
  const filters = filtersForm(filter, sites, () => { filter.page = 0; refresh(); });
  const reminders = open ? await remindersSection(base, writer, () => (summary.byState.NO_RESPONSE ?? 0) + (summary.byState.UNREACHABLE ?? 0))
    : el('p', { class: 'hint', text: 'The incident is closed: no more reminders.' });
  page(`Accountability · ${incident.title}`,
    el('p', { class: 'acc-status' }, badges(incident), `Status: ${incident.status} ·`, liveState, ' ',
      el('button', { type: 'button', class: 'secondary', 'data-action': 'refresh', text: 'Refresh', onclick: () => refresh() })),
    counts,
    el('h2', { text: 'People' }), filters.node, csvExport(base, incident, filter), list, pages,
    siteBox, reminders);

  const pick = (state) => { filter.state = state; filter.page = 0; filters.sync(); refresh(); };
  const toggle = (person) => {
    if (panels.has(person.personId)) panels.delete(person.personId);
    else panels.set(person.personId, personPanel({ base, person, sites, writer, onSaved: refresh }));
    showList(person.personId);
  };
  let people = null;
  /** The list of the last page read; keeps the open panels (and what is typed in them) and the focus. */
  function showList(focusOn) {
    for (const key of panels.keys()) if (!people.people.some((p) => p.personId === key)) panels.delete(key);
    list.replaceChildren(peopleTable(people, panels, writer, toggle));
    list.setAttribute('aria-busy', 'false');
    if (focusOn) list.querySelector(`[data-person-id="${focusOn}"] [data-action=person]`)?.focus();
  }
  let running = null;
  let again = false;
  async function load() {
    try {
      const [s, result] = await Promise.all([get(`${base}/accountability`), get(`${base}/accountability/people?${query(filter, true)}`)]);
      const reopen = [...panels.values()];
      const active = document.activeElement;
      const tile = counts.contains(active) ? active.querySelector('[data-acc-count]')?.dataset.accCount : null;
      summary = s;
      people = result;
      counts.replaceChildren(stateTiles(s, filter.state, pick));
      siteBox.replaceChildren(siteTables(s));
      showList(null);
      pages.replaceChildren(pager(result, (n) => { filter.page = n; refresh(); }));
      reopen.filter((panel) => panels.has(panel.personId)).forEach((panel) => panel.reload());
      // A live refresh must not take the keyboard away from the field or tile in use.
      if (tile) counts.querySelector(`[data-acc-count=${tile}]`).closest('button').focus();
      else if (active?.isConnected && document.activeElement !== active) active.focus();
    } catch (e) { showError(e); }
  }
  /** One load at a time; changes meanwhile make one more load after it. */
  function refresh() {
    if (running) { again = true; return running; }
    running = (async () => { do { again = false; await load(); } while (again); })().finally(() => { running = null; });
    return running;
  }
  await refresh();
  return follow(`${base}/live`, (name) => { if (name === 'counts') refresh(); },
    (state) => { liveState.textContent = state === 'live' ? 'updating live' : 'reconnecting… (use Refresh)'; });
}
