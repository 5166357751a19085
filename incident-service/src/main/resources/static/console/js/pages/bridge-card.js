// The crisis bridge on the incident page: who is on it and since when; the invited members who are
// not, with "Ring in" for commanders (a fresh Idempotency-Key per click: a double request rings once).
// Read every few seconds while the page shows it; absent for an incident without a bridge.
import { get, postOnce } from '../api.js';
import { el, fill, localTime, showError, showInfo, table } from '../dom.js';

const POLL_MS = 5000;

export function bridgeCard(id, canRing) {
  const base = `/api/incidents/${encodeURIComponent(id)}/bridge`;
  const body = el('div', { 'data-bridge': '' });
  const card = el('section', { class: 'card', 'aria-labelledby': 'bridge-title', hidden: '' },
    el('h2', { id: 'bridge-title', text: 'Crisis bridge' }), body);
  let timer = null;
  refresh();
  return card;

  async function refresh() {
    try {
      show(await get(base));
      card.hidden = false;
    } catch (e) {
      if (e.status === 404) { card.hidden = true; return; } // no bridge for this incident
      showError(e);
    }
    schedule();
  }

  // Polls while the card is on the page; a page change drops it and the polling stops with it.
  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(() => { if (card.isConnected) refresh(); }, POLL_MS);
  }

  function show(bridge) {
    const missing = bridge.members.filter((m) => !m.onBridge);
    fill(body,
      el('p', { 'aria-live': 'polite', 'data-on-bridge-count': String(bridge.onBridge.length),
        text: `${bridge.onBridge.length} on the bridge · ${missing.length} invited and not on it` }),
      bridge.onBridge.length ? table(['On the bridge', 'Since'], bridge.onBridge.map((p) =>
        [p.name ?? p.personId, localTime(p.joinedAt)])) : el('p', { class: 'hint', text: 'Nobody is on the bridge.' }),
      missing.length ? el('h3', { text: 'Invited, not on the bridge' }) : null,
      missing.length ? el('ul', { class: 'plain' }, missing.map(missingMember)) : null);
  }

  function missingMember(m) {
    const state = m.ringIn == null ? ''
      : m.ringIn.status === 'FAILED' ? ` · could not be rung in (${m.ringIn.reason})`
        : ` · rung in at ${localTime(m.ringIn.requestedAt)} by ${m.ringIn.requestedBy}`;
    return el('li', { 'data-bridge-member': m.personId, 'data-ring-in': m.ringIn?.status },
      `${m.name} (${m.employeeId})${state} `,
      canRing ? el('button', { type: 'button', class: 'secondary', 'data-action': 'ring-in', text: 'Ring in',
        onclick: (event) => ringIn(m, event.target) }) : null);
  }

  async function ringIn(member, button) {
    button.disabled = true;
    try {
      await postOnce(`${base}/calls`, { personId: member.personId }, crypto.randomUUID());
      showInfo(`Ringing ${member.name} into the bridge.`);
      refresh();
    } catch (e) {
      showError(e);
      button.disabled = false;
    }
  }
}
