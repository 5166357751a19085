import { get, post } from '../api.js';
import { el, page, localTime, showError, showInfo } from '../dom.js';

// An employee's own open requests, answered here as on the answer page.
export async function myRequestsPage(args, { go }) {
  const requests = await get('/api/me/requests');
  page('My alerts', requests.length === 0
    ? el('p', { text: 'Nothing is waiting for your answer.' })
    : requests.map((r) => el('section', { class: 'confirm' },
      el('h2', { text: r.incidentTitle ?? r.title }),
      el('p', { text: r.message }),
      el('p', { class: 'hint', text: `Sent ${localTime(r.sentAt ?? r.requestedAt)} · reply code ${r.replyCode ?? ''}` }),
      (r.replyOptions ?? r.options ?? []).map((o) => el('button', {
        type: 'button', class: 'primary', text: o.label ?? o.text ?? o.answer,
        onclick: () => answer(r.notificationId, o.answer ?? o.code) })))));

  async function answer(notificationId, value) {
    try {
      await post(`/api/me/requests/${encodeURIComponent(notificationId)}/answer`, { answer: value });
      showInfo('Thank you, your answer is recorded.');
      go('mine');
    } catch (e) { showError(e); }
  }
}
