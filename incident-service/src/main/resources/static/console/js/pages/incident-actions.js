// The commander's buttons on the live view: escalate now, remind non-responders, hand over command
// (an administrator may take command instead).
// Each is shown only to the roles whose API allows it; each write is that API call, errors shown.
import { get, post, put } from '../api.js';
import { el, field, showError, showInfo } from '../dom.js';

const path = (id, rest = '') => `/api/incidents/${encodeURIComponent(id)}${rest}`;

/** The action bar of an open incident; onCommander(name) is told when command changes hands. */
export function actions(id, can, onCommander, me) {
  const bar = el('div', { class: 'actions', role: 'group', 'aria-label': 'Commander actions' });
  const panel = el('div', { class: 'action-panel' });
  if (can('COMMANDER', 'ADMIN')) bar.append(button('Escalate now', 'escalate', () => escalate(id)));
  if (can('HR', 'COMMANDER')) bar.append(button('Remind non-responders', 'remind', () => remind(id)));
  if (can('COMMANDER')) {
    bar.append(button('Hand over command…', 'handover', () => panel.replaceChildren(handOver(id, panel, onCommander))));
  } else if (can('ADMIN')) {
    bar.append(button('Take command', 'take-command', () => takeCommand(id, me, onCommander)));
  }
  return el('div', {}, bar, panel);
}

function button(text, hook, onclick) {
  return el('button', { type: 'button', class: 'secondary', 'data-action': hook, text, onclick });
}

async function escalate(id) {
  try {
    const done = await post(path(id, '/escalations'));
    showInfo(`Escalated: level ${done.level} of the call tree starts now.`);
  } catch (e) { showError(e); }
}

async function remind(id) {
  try {
    const done = await post(path(id, '/reminders'));
    showInfo(`Reminder sent to ${done.reminded} people who have not answered.`);
  } catch (e) { showError(e); }
}

async function takeCommand(id, me, onCommander) {
  try {
    const roles = await put(path(id, '/roles/COMMANDER'), { username: me });
    showInfo('You now command this incident.');
    onCommander(roles.COMMANDER);
  } catch (e) { showError(e); }
}

function handOver(id, panel, onCommander) {
  const search = el('input', { type: 'search', maxlength: 100, autocomplete: 'off', 'data-field': 'commander-search' });
  const results = el('ul', { class: 'picks', 'aria-live': 'polite' });
  let timer = null;
  search.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(find, 250); });
  async function find() {
    try {
      const found = await get(`/api/commanders?q=${encodeURIComponent(search.value.trim())}`);
      results.replaceChildren(...(found.length ? found.map((c) => el('li', {},
        el('button', { type: 'button', class: 'secondary', 'data-username': c.username, onclick: () => give(c) },
          `${c.name ?? c.username} (${c.username}${c.employeeId ? `, ${c.employeeId}` : ''})`)))
        : [el('li', { class: 'hint', text: 'Nobody with the commander role matches.' })]));
    } catch (e) { showError(e); }
  }
  async function give(c) {
    try {
      const roles = await put(path(id, '/roles/COMMANDER'), { username: c.username });
      showInfo(`${c.name ?? c.username} now commands this incident.`);
      panel.replaceChildren();
      onCommander(roles.COMMANDER);
    } catch (e) { showError(e); }
  }
  find();
  setTimeout(() => search.focus());
  return el('div', { class: 'confirm handover', role: 'dialog', 'aria-labelledby': 'handover-title' },
    el('h2', { id: 'handover-title', text: 'Hand over command to' }),
    field('Search commanders by name, login or employee id', search),
    results,
    el('button', { type: 'button', class: 'secondary', text: 'Cancel', onclick: () => panel.replaceChildren() }));
}

/** The current commander's login, or the declarer when nobody was handed command yet. */
export async function commanderOf(id, fallback) {
  try {
    const roles = await get(path(id, '/roles'));
    return roles.COMMANDER ?? fallback;
  } catch (e) {
    return fallback;
  }
}
