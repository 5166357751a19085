import { get, post } from '../api.js';
import { el, page, table, localTime, showInfo, showError } from '../dom.js';

// Admin: the dead-letter topics as a queue. Each record with where it came from and why it is there
// (never its payload: it carries phone numbers and addresses); "Send back" re-drives it to its
// original topic once the cause is fixed. Sending one back twice is harmless: every consumer
// ignores an event it already has (by eventId).
export async function deadLettersPage(args, { go }) {
  const listing = await get('/api/dead-letters');
  const counts = Object.entries(listing.topics);
  page('Dead letters',
    el('section', { 'aria-labelledby': 'dlt-topics' },
      el('h2', { id: 'dlt-topics', text: 'Topics' }),
      counts.length
        ? table(['Dead-letter topic', 'Records'], counts.map(([topic, records]) => [topic, String(records)]))
        : el('p', { text: 'No dead-letter topic exists yet.' })),
    el('section', { 'aria-labelledby': 'dlt-records' },
      el('h2', { id: 'dlt-records', text: `Newest records (${listing.records.length})` }),
      listing.records.length ? recordTable(listing.records, go) : el('p', { text: 'Nothing was dead-lettered.' })));
}

function recordTable(records, go) {
  return table(['Dead-lettered', 'From topic', 'Event', 'Reason', 'Sent back', 'Actions'], records.map((r) => [
    localTime(r.deadLetteredAt),
    r.originalTopic,
    el('span', {}, r.type ?? '(unreadable)', r.eventId ? el('br') : null, r.eventId ? el('code', { text: r.eventId }) : null),
    el('span', { class: 'reason' }, r.exception ? `${r.exception}: ` : '', r.reason ?? ''),
    r.redrivenAt.length ? `${r.redrivenAt.length}× (last ${localTime(r.redrivenAt[r.redrivenAt.length - 1])})` : 'no',
    el('button', { type: 'button', class: 'secondary small', 'data-place': place(r),
      'aria-label': `Send back ${r.type ?? 'record'} ${r.topic} ${r.partition}@${r.offset}`, text: 'Send back',
      onclick: (event) => redrive(r, event.target, go) })]));
}

function place(r) {
  return `${encodeURIComponent(r.topic)}/${r.partition}/${r.offset}`;
}

async function redrive(record, button, go) {
  button.disabled = true;
  try {
    await post(`/api/dead-letters/${place(record)}/redrive`);
    go('dead-letters');
    showInfo(`Sent back to ${record.originalTopic}.`);
  } catch (e) {
    button.disabled = false;
    showError(e);
  }
}
