// Voice messages left on the hotline in this incident for a colleague or a team: who for whom, when,
// whether the recipients were told and heard it. The recording is fetched with the credentials into a
// Blob and played in an <audio controls> element; the service plays it only to its recipients (the
// colleague, the team's members in the incident), commanders and HR.
import { get, getBlob } from '../api.js';
import { el, localTime, showError } from '../dom.js';
import { labelledTable } from './team-table.js';

export async function voiceSection(ctx) {
  const base = `/api/incidents/${encodeURIComponent(ctx.id)}/voice-messages`;
  const messages = await get(base);
  const newest = [...messages].sort((a, b) => Date.parse(b.leftAt) - Date.parse(a.leftAt));
  ctx.body.append(
    el('p', { class: 'hint', text: 'The recipients (a colleague, or everyone of the team in this incident) are told by SMS (else email) and hear the message by calling the hotline.' }),
    newest.length
      ? labelledTable(['From', 'For', 'Left', 'Length', 'Told', 'Heard', 'Listen'], newest.map((m) => [
        m.fromName ?? 'unknown', recipient(m), localTime(m.leftAt),
        m.durationSeconds == null ? '' : `${m.durationSeconds} s`,
        m.notified ? 'yes' : 'no: no SMS or email, or the incident was closed',
        m.heardAt ? localTime(m.heardAt) : 'not yet',
        player(ctx, `${base}/${encodeURIComponent(m.id)}/audio`, m)]))
      : el('p', { text: 'No voice messages in this incident yet.' }));
}

function recipient(message) {
  if (!message.toRole) return message.toName ?? 'unknown';
  return el('span', { 'data-team': message.toRole }, `Team ${message.toRole} `,
    el('span', { class: 'badge', text: `${message.members ?? 0} in this incident` }));
}

function player(ctx, url, message) {
  const holder = el('div', { class: 'team-player', 'data-message-id': message.id });
  const listen = el('button', { type: 'button', class: 'secondary', 'data-action': 'listen',
    'aria-label': `Listen to the voice message left ${localTime(message.leftAt)}`, text: 'Listen', onclick: async () => {
      listen.disabled = true;
      listen.textContent = 'Loading…';
      try {
        const audio = el('audio', { controls: true, preload: 'auto', src: ctx.urls.make(await getBlob(url)),
          'aria-label': `Voice message left ${localTime(message.leftAt)}` });
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
