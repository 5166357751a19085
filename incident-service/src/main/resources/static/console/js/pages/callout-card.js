// Call-outs on the incident page: "we need N people with this role"; shows who is coming and
// whether the call-out is filled (asking stopped, the others released). Answers arrive by SMS, call or
// email, which move no count of the incident's live view: the card reads its call-outs every few seconds
// while the page shows it, and redraws only what changed.
import { get, post } from '../api.js';
import { el, fill, field, localTime, showError, showInfo, table } from '../dom.js';

const POLL_MS = 5000;

export function calloutCard(id, canStart) {
  const base = `/api/incidents/${encodeURIComponent(id)}/callouts`;
  const list = el('div', { 'data-callouts': '' });
  const work = el('div');
  const card = el('section', { class: 'card', 'aria-labelledby': 'callouts-title' },
    el('h2', { id: 'callouts-title', text: 'Call-outs' }),
    list,
    canStart ? el('button', { type: 'button', class: 'secondary', 'data-action': 'callout', text: 'Call out people…',
      onclick: open }) : null,
    work);
  let timer = null;
  let last = null;
  refresh();
  return card;

  async function refresh() {
    try {
      const callouts = await get(base);
      const seen = JSON.stringify(callouts);
      if (seen !== last) {
        last = seen;
        fill(list, callouts.length === 0 ? el('p', { class: 'hint', text: 'No call-out.' }) : callouts.map(shown));
      }
    } catch (e) { showError(e); }
    schedule();
  }

  // Polls while the card is on the page; a page change drops it and the polling stops with it.
  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(() => { if (card.isConnected) refresh(); }, POLL_MS);
  }

  function shown(c) {
    return el('article', { 'data-callout': c.id, 'data-status': c.status },
      el('h3', { text: `${c.coming.length} of ${c.needed} coming · ${c.roles.join(', ')} · ${c.status === 'FILLED' ? 'filled' : 'asking'}` }),
      el('p', { class: 'hint', text: `Report to ${c.reportTo.place} at ${localTime(c.reportTo.time)} · asked ${c.asked},`
        + ` declined ${c.declined}, no answer ${c.noAnswer}` }),
      c.coming.length ? table(['Coming', 'Answered', 'On'], c.coming.map((p) =>
        [`${p.name} (${p.employeeId})`, localTime(p.answeredAt), p.channel])) : null);
  }

  function open() {
    const key = crypto.randomUUID();
    const needed = el('input', { type: 'number', min: 1, max: 10000, value: 1, 'data-field': 'callout-needed' });
    const role = el('input', { type: 'text', maxlength: 100, 'data-field': 'callout-role' });
    const place = el('input', { type: 'text', maxlength: 200, 'data-field': 'callout-place' });
    const time = el('input', { type: 'datetime-local', 'data-field': 'callout-time' });
    const message = el('textarea', { rows: 2, maxlength: 500, 'data-field': 'callout-message' });
    work.replaceChildren(el('div', { class: 'confirm', role: 'dialog', 'aria-labelledby': 'callout-title' },
      el('h3', { id: 'callout-title', text: 'Ask everyone with a role to come; stop once enough said yes' }),
      field('How many people', needed), field('Role', role), field('Report to (place)', place),
      field('Report at (time)', time), field('A word from you', message, 'optional'),
      el('button', { type: 'button', text: 'Start the call-out', onclick: () => start(key, needed, role, place, time, message) }),
      el('button', { type: 'button', class: 'secondary', text: 'Back', onclick: () => work.replaceChildren() })));
    needed.focus();
  }

  async function start(requestKey, needed, role, place, time, message) {
    try {
      const made = await post(base, { requestKey, needed: Number(needed.value), roles: [role.value.trim()],
        reportTo: { place: place.value.trim(), time: time.value ? new Date(time.value).toISOString() : null },
        message: message.value.trim() || null });
      showInfo(`Asked ${made.asked} ${made.asked === 1 ? 'person' : 'people'}.`);
      work.replaceChildren();
      refresh();
    } catch (e) { showError(e); }
  }
}
