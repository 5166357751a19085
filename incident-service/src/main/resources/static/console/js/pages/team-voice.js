// Voice messages colleagues left each other on the hotline in this incident: who for whom, when,
// whether the recipient was told and heard it. The recording stays with the phone gateway, which
// plays it to the recipient on the hotline.
import { get } from '../api.js';
import { el, localTime } from '../dom.js';
import { labelledTable } from './team-table.js';

export async function voiceSection(ctx) {
  const messages = await get(`/api/incidents/${encodeURIComponent(ctx.id)}/voice-messages`);
  const newest = [...messages].sort((a, b) => Date.parse(b.leftAt) - Date.parse(a.leftAt));
  ctx.body.append(
    el('p', { class: 'hint', text: 'The recipient is told by SMS (else email) and hears the message by calling the hotline.' }),
    newest.length
      ? labelledTable(['From', 'For', 'Left', 'Length', 'Told', 'Heard'], newest.map((m) => [
        m.fromName ?? 'unknown', m.toName ?? 'unknown', localTime(m.leftAt),
        m.durationSeconds == null ? '' : `${m.durationSeconds} s`,
        m.notified ? 'yes' : 'no: no SMS or email',
        m.heardAt ? localTime(m.heardAt) : 'not yet']))
      : el('p', { text: 'No voice messages in this incident yet.' }));
}
