import { post } from '../api.js';
import { el, table, localTime, showError } from '../dom.js';
import { options } from './directory-forms.js';

const CHANNELS = { SMS: 'SMS', VOICE: 'Voice call', EMAIL: 'Email' };

// The saved tree played forward as if nobody answered (POST /api/call-trees/{id}/dry-run): who is
// reached at which minute, on which channel, for the affected sites and priority chosen here.
export function dryRunSection(tree, sites) {
  const boxes = sites.map((s) => el('label', { class: 'check' }, el('input', { type: 'checkbox', value: s.id, name: 'dry-run-site' }), s.name));
  const priority = el('select', { id: 'dry-run-priority' },
    options([['NORMAL', 'Informational (waits for quiet hours)'], ['LIFE_SAFETY', 'Life safety (at once)']], 'NORMAL'));
  const result = el('div', { 'aria-live': 'polite', 'data-dry-run': '' });
  return el('section', { class: 'admin dry-run', 'aria-labelledby': 'dry-run-title' },
    el('h2', { id: 'dry-run-title', text: 'Dry run: who is reached when' }),
    el('p', { class: 'hint', text: 'Uses the saved tree. Save your changes first to preview them.' }),
    el('form', { onsubmit: run },
      el('fieldset', {}, el('legend', { text: 'Affected sites' }), boxes.length ? boxes : el('p', { text: 'No sites.' })),
      el('label', { for: priority.id, text: 'Priority' }), priority,
      el('button', { type: 'submit', class: 'primary', text: 'Run dry run' })),
    result);

  async function run(event) {
    event.preventDefault();
    const affectedSiteIds = boxes.map((b) => b.querySelector('input')).filter((i) => i.checked).map((i) => i.value);
    try {
      const entries = await post(`/api/call-trees/${tree.id}/dry-run`, { affectedSiteIds, priority: priority.value });
      result.replaceChildren(...report(entries));
    } catch (e) { showError(e); }
  }
}

function report(entries) {
  if (!entries.length) return [el('p', { text: 'Nobody would be reached: no one has these roles (at these sites).' })];
  const people = new Set(entries.map((e) => e.personId)).size;
  const rows = entries.slice(0, 500);
  return [
    el('p', { text: `${people} people, ${entries.length} steps if nobody answers${rows.length < entries.length ? '; the first 500 are shown' : ''}.` }),
    el('div', { class: 'scroll' }, el('table', {},
      el('thead', {}, el('tr', {}, ['Minute', 'Time', 'Level', 'Person', 'Channel', 'Why'].map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, rows.map((e) => el('tr', { 'data-minute': e.minute, 'data-level': e.level, 'data-employee': e.employeeId },
        el('td', { text: `minute ${e.minute}` }), el('td', { text: localTime(e.at) }), el('td', { text: e.level }),
        el('td', { text: `${e.name} (${e.employeeId})` }), el('td', { text: CHANNELS[e.channel] ?? e.channel }),
        el('td', { text: `${e.purpose === 'REMINDER' ? 'Reminder' : 'Alert'}${e.deputyFor ? ' (as deputy)' : ''}` }))))))];
}
