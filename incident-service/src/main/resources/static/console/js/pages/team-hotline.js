// Messages callers left on the hotline for this incident; the recording is fetched with the
// credentials into a Blob and played in an <audio controls> element.
import { get, getBlob } from '../api.js';
import { el, localTime, showError } from '../dom.js';
import { labelledTable } from './team-table.js';

export async function hotlineSection(ctx) {
  const messages = await get(`/api/incidents/${encodeURIComponent(ctx.id)}/hotline-messages`);
  const newest = [...messages].sort((a, b) => Date.parse(b.recordedAt) - Date.parse(a.recordedAt));
  ctx.body.append(
    el('p', { class: 'hint', text: 'Callers are identified by their number or employee id; unidentified callers\' messages stay with the phone gateway. Numbers show their last two digits only.' }),
    newest.length
      ? labelledTable(['Caller', 'Number', 'Recorded', 'Length', 'Listen'], newest.map((m) => [
        caller(ctx, m), m.callerNumber ?? 'unknown', localTime(m.recordedAt),
        m.durationSeconds == null ? '' : `${m.durationSeconds} s`, player(ctx, m)]))
      : el('p', { text: 'No hotline messages for this incident yet.' }));
}

function caller(ctx, message) {
  if (!message.personId) return el('span', { class: 'badge', text: 'Not identified' });
  return el('span', { 'data-caller': message.personId }, ctx.names.get(message.personId) ?? 'Identified caller',
    ' ', el('span', { class: 'badge', text: 'Identified' }));
}

function player(ctx, message) {
  const holder = el('div', { class: 'team-player', 'data-message-id': message.id });
  const listen = el('button', { type: 'button', class: 'secondary', 'data-action': 'listen',
    'aria-label': `Listen to the message recorded ${localTime(message.recordedAt)}`, text: 'Listen', onclick: async () => {
      listen.disabled = true;
      listen.textContent = 'Loading…';
      try {
        const audio = el('audio', { controls: true, preload: 'auto', src: ctx.urls.make(await getBlob(message.audio)),
          'aria-label': `Hotline message recorded ${localTime(message.recordedAt)}` });
        holder.replaceChildren(audio);
        audio.focus();
        audio.play().catch(() => {});
      } catch (e) {
        listen.disabled = false;
        listen.textContent = 'Listen';
        showError(e);
      }
    } });
  holder.append(listen);
  return holder;
}
