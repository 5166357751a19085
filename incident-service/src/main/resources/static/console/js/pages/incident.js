import { get, post, follow } from '../api.js';
import { el, field, page, table, localTime, showError, showInfo } from '../dom.js';
import { badges } from './incidents.js';
import { breakdowns } from './incident-breakdown.js';
import { curve } from './incident-curve.js';
import { actions, commanderOf } from './incident-actions.js';
import { correctionCard } from './correction-card.js';
import { calloutCard } from './callout-card.js';
import { bridgeCard } from './bridge-card.js';

// The people tiles (safe … unreachable) are HR's states: they add up to Targeted, as on the HR board.
const TILES = [
  ['targeted', 'Targeted', ''], ['sent', 'Sent', ''], ['delivered', 'Delivered', ''], ['answered', 'Answered', ''],
  ['safe', 'Safe', 'safe'], ['needHelp', 'Need help', 'help'], ['atAlternateSite', 'At alternate site', 'safe'],
  ['noAnswer', 'No answer', 'none'], ['unreachable', 'Unreachable', 'help'],
];

// The live incident: counts and the breakdowns by level, site and channel move as answers arrive,
// without reloading (server-sent events); the commander escalates, reminds, hands over and closes.
export async function incidentPage([id], { can, go, session }) {
  const incident = await get(`/api/incidents/${encodeURIComponent(id)}?size=100`);
  const open = incident.status !== 'CLOSED';
  const commander = el('span', { 'data-commander': '', text: incident.declaredBy });
  commanderOf(id, incident.declaredBy).then((name) => { commander.textContent = name; });
  const progress = breakdowns();
  const chart = curve(id);
  const tiles = Object.fromEntries(TILES.map(([key]) => [key, el('span', { class: 'n', 'data-count': key, text: '0' })]));
  const status = el('span', { 'data-status': '', text: incident.status });
  const liveState = el('span', { class: 'hint', text: 'connecting…' });
  const people = el('div');
  const message = el('p', { 'data-incident-message': '', text: incident.message });
  page(incident.title,
    el('p', {}, badges(incident), ' ', el('strong', { text: 'Status: ' }), status, ' · ',
      `severity ${incident.severity} · declared ${localTime(incident.declaredAt)} by ${incident.declaredBy} · `,
      'commander: ', commander, ' · ', liveState),
    message,
    el('div', { class: 'counts', 'aria-live': 'polite', 'aria-label': 'Counts' },
      TILES.map(([key, label, tone]) => el('div', { class: `count ${tone}` }, tiles[key], label))),
    open ? actions(id, can, (name) => { commander.textContent = name; }, session.username) : null,
    can('COMMANDER', 'ADMIN') && open ? closeButton(id, go) : null,
    can('COMMANDER', 'TEAM', 'HR', 'SPOKESPERSON', 'ADMIN') ? correctionCard(id, open && can('COMMANDER', 'ADMIN'), rereadMessage) : null,
    can('COMMANDER', 'TEAM', 'SPOKESPERSON', 'ADMIN') ? calloutCard(id, open && can('COMMANDER', 'ADMIN')) : null,
    can('COMMANDER', 'TEAM', 'HR', 'ADMIN') ? bridgeCard(id, open && can('COMMANDER', 'ADMIN')) : null,
    chart.node,
    progress.node,
    el('h2', { text: 'People (first 100)' }),
    people);
  show(incident);
  chart.update();
  people.replaceChildren(peopleTable(incident));

  function show(view) {
    for (const [key] of TILES) tiles[key].textContent = String(view.counts[key] ?? 0);
    status.textContent = view.status;
  }
  async function refresh(view) {
    show(view);
    progress.update(view);
    chart.update();
    try {
      const fresh = await get(`/api/incidents/${encodeURIComponent(id)}?size=100`);
      message.textContent = fresh.message;
      people.replaceChildren(peopleTable(fresh));
    } catch (e) { showError(e); }
  }
  // A correction becomes the incident's message (and moves no count): shown as soon as the card sees it.
  async function rereadMessage() {
    try {
      message.textContent = (await get(`/api/incidents/${encodeURIComponent(id)}?size=1`)).message;
    } catch (e) { showError(e); }
  }
  return follow(`/api/incidents/${encodeURIComponent(id)}/live`, (name, data) => { if (name === 'counts') refresh(data); },
    (state) => { liveState.textContent = state === 'live' ? 'live' : 'reconnecting…'; });
}

function peopleTable(incident) {
  return table(['Person', 'State', 'Answered on', 'Answered at', 'Channels tried'], (incident.recipients ?? []).map((r) =>
    [`${r.name} (${r.employeeId})`, r.state, r.answerChannel ?? '', localTime(r.answeredAt),
      (r.channels ?? []).map(channelEntry).join(', ')]));
}

// A step held for the person's quiet hours says until when it waits.
function channelEntry(c) {
  return c.status === 'HELD' ? `held (quiet hours) until ${localTime(c.until)}` : `${c.channel ?? ''} ${c.status.toLowerCase()}`;
}

function closeButton(id, go) {
  const holder = el('div');
  const note = el('textarea', { maxlength: 1000, rows: 2, 'data-field': 'closing-note' });
  const ask = el('button', { type: 'button', class: 'danger', text: 'Close with all-clear…', onclick: () => {
    holder.replaceChildren(el('div', { class: 'confirm', role: 'alertdialog', 'aria-labelledby': 'close-title' },
      el('h2', { id: 'close-title', text: 'Close the incident and send the all-clear to everyone notified?' }),
      field('A closing note with the all-clear', note, 'optional'),
      el('button', { type: 'button', class: 'danger', text: 'Yes, close and send the all-clear', onclick: close }),
      el('button', { type: 'button', class: 'secondary', text: 'Cancel', onclick: () => holder.replaceChildren(ask) })));
    holder.querySelector('button').focus();
  } });
  holder.append(ask);
  async function close() {
    try {
      const result = await post(`/api/incidents/${encodeURIComponent(id)}/close`, { note: note.value.trim() || null });
      showInfo(`Closed. The all-clear goes to ${result.allClearTo} people.`);
      go(`incidents/${id}`);
    } catch (e) { showError(e); }
  }
  return holder;
}
