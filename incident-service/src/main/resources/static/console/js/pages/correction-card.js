// Correct or cancel the sent alert: the correction goes to the people the alert reached, on the
// channels that reached them; the card lists the corrections and how long after the declaration the
// last one was sent. The notifier reports the sending seconds after the request, which moves no count
// of the live view: the card reads the corrections every few seconds while the page shows it, and
// redraws only what changed.
import { get, post } from '../api.js';
import { el, field, fill, localTime, showError, showInfo } from '../dom.js';

const POLL_MS = 5000;

export function correctionCard(id, canCorrect, onCorrected = () => {}) {
  const base = `/api/incidents/${encodeURIComponent(id)}/corrections`;
  const list = el('div', { 'data-corrections': '' });
  const work = el('div');
  const card = el('section', { class: 'card', 'aria-labelledby': 'corrections-title' },
    el('h2', { id: 'corrections-title', text: 'Corrections' }),
    list,
    canCorrect ? el('div', {},
      el('button', { type: 'button', class: 'secondary', 'data-action': 'correct', text: 'Correct…',
        onclick: () => open('CORRECTION') }),
      ' ',
      el('button', { type: 'button', class: 'danger', 'data-action': 'cancel-alert', text: 'Cancel the alert…',
        onclick: () => open('CANCELLATION') })) : null,
    work);
  let timer = null;
  let last = null;
  refresh();
  return card;

  async function refresh() {
    try {
      const view = await get(base);
      const seen = JSON.stringify(view);
      if (seen !== last) {
        if (last !== null) onCorrected();
        last = seen;
        show(view);
      }
    } catch (e) { showError(e); }
    schedule();
  }

  // Polls while the card is on the page; a page change drops it and the polling stops with it.
  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(() => { if (card.isConnected) refresh(); }, POLL_MS);
  }

  function show(view) {
    fill(list,
      view.corrections.length === 0 ? el('p', { class: 'hint', text: 'No correction sent.' })
        : el('ul', {}, view.corrections.map((c) => el('li', { 'data-correction': c.kind },
          el('strong', { text: c.kind === 'CANCELLATION' ? 'Cancelled' : 'Corrected' }),
          ` by ${c.requestedBy}, ${localTime(c.requestedAt)}: to ${people(c.recipients)}, sent to ${c.sent} so far`,
          c.statementId ? ' · public statement followed up' : '',
          said(c.messages)))),
      view.declaredToLastSent ? el('p', { 'data-declared-to-last-correction': '',
        text: `Last correction sent ${duration(view.declaredToLastSent)} after the declaration.` }) : null);
  }

  function open(kind) {
    const cancel = kind === 'CANCELLATION';
    const key = crypto.randomUUID();
    const english = el('textarea', { rows: 2, maxlength: 1000, 'data-field': 'correction-en' });
    const french = el('textarea', { rows: 2, maxlength: 1000, 'data-field': 'correction-fr' });
    work.replaceChildren(el('div', { class: 'confirm', role: 'alertdialog', 'aria-labelledby': 'correct-title' },
      el('h3', { id: 'correct-title', text: cancel
        ? 'Cancel the alert? Everyone it reached is told to disregard it, and escalation and reminders stop.'
        : 'Send a correction to everyone the alert reached?' }),
      field('Message in English', english, cancel ? 'optional' : 'required unless French is given'),
      field('Message in French', french, 'optional'),
      el('button', { type: 'button', class: 'danger', text: cancel ? 'Yes, cancel the alert' : 'Send the correction',
        onclick: () => send(kind, key, english.value.trim(), french.value.trim()) }),
      el('button', { type: 'button', class: 'secondary', text: 'Back', onclick: () => work.replaceChildren() })));
    english.focus();
  }

  async function send(kind, requestKey, english, french) {
    const messages = {};
    if (english) messages.en = english;
    if (french) messages.fr = french;
    try {
      const made = await post(base, { kind, requestKey, messages });
      showInfo(`${kind === 'CANCELLATION' ? 'Cancellation' : 'Correction'} sent to ${people(made.recipients)}.`);
      work.replaceChildren();
      refresh();
    } catch (e) { showError(e); }
  }
}

function people(n) {
  return `${n} ${n === 1 ? 'person' : 'people'}`;
}

// What the correction said (English first, as the page is in English): the incident's message above the
// cards is the one the page was opened with, so this is where the commander reads what went out.
function said(messages) {
  const text = messages?.en ?? Object.values(messages ?? {})[0];
  return text ? el('blockquote', { 'data-correction-text': '', text }) : null;
}

// "PT1M30.5S" as "1 min 30 s".
function duration(iso) {
  const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(iso);
  if (!m) return iso;
  const [, h, min, s] = m;
  return [h && `${h} h`, min && `${min} min`, s && `${Math.round(Number(s))} s`].filter(Boolean).join(' ') || '0 s';
}
