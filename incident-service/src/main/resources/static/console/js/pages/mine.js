import { get, post } from '../api.js';
import { el, page, localTime, showError, showInfo } from '../dom.js';

const ANSWERS = { SAFE: 'I am safe', NEEDS_HELP: 'I need help', AT_ALTERNATE_SITE: 'I am at the alternate site' };

// An employee's own alerts: open ones first (answered here as on the answer page, and the answer
// can be changed), then those closed recently. Each says whether it is an exercise, what they
// answered and when, and where they report if their site cannot be used.
export async function myRequestsPage(args, { go }) {
  const alerts = await get('/api/me/requests');
  page('My alerts', alerts.length === 0
    ? el('p', { text: 'You have no alerts.' })
    : alerts.map((a) => card(a, (value) => answer(a.notificationId, value))));

  async function answer(notificationId, value) {
    try {
      await post(`/api/me/requests/${encodeURIComponent(notificationId)}/answer`, { answer: value });
      showInfo('Thank you, your answer is recorded.');
      go('mine');
    } catch (e) { showError(e); }
  }
}

function card(a, answer) {
  const open = a.status !== 'CLOSED';
  return el('section', { class: 'confirm', 'data-incident': a.incidentId, 'data-state': a.state, 'data-status': a.status },
    el('h2', {}, a.title, ' ',
      a.exercise ? el('span', { class: 'badge exercise', text: 'Exercise' }) : null, ' ',
      open ? null : el('span', { class: 'badge', text: 'Closed' })),
    a.exercise ? el('p', { class: 'hint', text: 'This is an exercise.' }) : null,
    el('p', { text: a.message }),
    reportTo(a),
    el('p', { 'data-answer': '' }, answered(a)),
    open
      ? el('p', { class: 'hint', text: `Sent ${localTime(a.sentAt ?? a.declaredAt)} · reply code ${a.replyCode}` })
      : el('p', { 'data-closed': '', text: `Closed ${localTime(a.closedAt)}. No further action is needed.` }),
    open ? el('div', { role: 'group', 'aria-label': a.state === 'NO_RESPONSE' ? 'Your answer' : 'Change your answer' },
      a.options.map((o) => el('button', {
        type: 'button', class: o.answer === a.state ? 'secondary' : 'primary', text: label(o, a),
        onclick: () => answer(o.answer) }))) : null);
}

function reportTo(a) {
  const alt = a.alternateSite;
  if (!alt || !a.siteAffected) return null;
  return el('p', { 'data-report-to': alt.name },
    el('strong', { text: 'Where to report: ' }),
    `if ${alt.site} cannot be used, go to ${alt.name}${alt.address ? ` (${alt.address})` : ''}.`);
}

function answered(a) {
  if (a.state === 'NO_RESPONSE') return a.status === 'CLOSED' ? 'You did not answer.' : 'You have not answered yet.';
  const where = a.state === 'AT_ALTERNATE_SITE' && a.reportingSite ? ` (${a.reportingSite})` : '';
  return `You answered “${ANSWERS[a.state] ?? a.state}”${where} on ${localTime(a.answeredAt)}`
    + `${a.answerChannel ? ` by ${a.answerChannel.toLowerCase()}` : ''}${a.late ? ', after the alert had closed' : ''}.`;
}

function label(option, a) {
  return option.answer === 'AT_ALTERNATE_SITE' && a.alternateSite ? `I am at ${a.alternateSite.name}` : option.label;
}
