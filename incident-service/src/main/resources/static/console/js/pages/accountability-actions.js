import { call, get, post, put } from '../api.js';
import { el, field, localTime, showError, showInfo } from '../dom.js';
import { query } from './accountability-people.js';

// The board's actions: the CSV of the people shown, and reminders to those who have not answered.

/**
 * The CSV export: the API wants the Authorization header, so the console fetches it and hands it
 * over as a Blob download; the link stays on the page to download it again.
 */
export function csvExport(base, incident, filter) {
  const link = el('span');
  let url = null;
  const button = el('button', { type: 'button', class: 'secondary', 'data-action': 'export-csv', text: 'Export CSV', onclick: async () => {
    button.disabled = true;
    try {
      const text = await call('GET', `${base}/accountability/people.csv?${query(filter, false)}`);
      if (url) URL.revokeObjectURL(url);
      url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
      const name = fileName(incident, filter);
      const anchor = el('a', { href: url, download: name, 'data-csv': name, text: `Download ${name} again` });
      link.replaceChildren(' ', anchor);
      anchor.click();
    } catch (e) { showError(e); } finally { button.disabled = false; }
  } });
  return el('div', { class: 'acc-export' }, button, el('span', { class: 'hint', text: ' the people matching the filters' }), link);
}

function fileName(incident, filter) {
  const slug = (incident.title ?? '').toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 40);
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}-${pad(now.getHours())}${pad(now.getMinutes())}`;
  const parts = ['accountability', slug || incident.id.slice(0, 8), filter.state.toLowerCase().replaceAll('_', '-'), filter.q.trim() ? 'search' : '', stamp];
  return `${parts.filter(Boolean).join('-')}.csv`;
}

const EVERY = [['', 'Off'], ['PT15M', 'every 15 minutes'], ['PT30M', 'every 30 minutes'], ['PT1H', 'every hour'], ['PT2H', 'every 2 hours'], ['PT4H', 'every 4 hours']];

/** Remind now (with a confirmation) and the reminder schedule; read-only for those who cannot write. */
export async function remindersSection(base, writer, nonResponders) {
  const schedule = await get(`${base}/reminders/schedule`);
  const status = el('p', { 'data-acc-schedule': schedule.reminderEvery ?? '' });
  const show = (s) => {
    status.dataset.accSchedule = s.reminderEvery ?? '';
    status.textContent = s.reminderEvery ? `Reminders go out ${label(s.reminderEvery)}; the next at ${localTime(s.nextAt)}.` : 'No reminders are scheduled.';
  };
  show(schedule);
  const section = el('section', { class: 'acc-reminders', 'aria-labelledby': 'acc-reminders' },
    el('h2', { id: 'acc-reminders', text: 'Reminders to non-responders' }), status);
  if (writer) section.append(remindNow(base, nonResponders), scheduleForm(base, schedule, show));
  return section;
}

function label(every) {
  return (EVERY.find(([key]) => key === every) ?? [every, `every ${every}`])[1];
}

function remindNow(base, nonResponders) {
  const holder = el('div');
  const ask = el('button', { type: 'button', class: 'primary', 'data-action': 'remind', text: 'Remind non-responders now…', onclick: () => {
    holder.replaceChildren(el('div', { class: 'confirm', role: 'alertdialog', 'aria-labelledby': 'acc-remind-title' },
      el('p', { id: 'acc-remind-title', text: `Send a reminder now to everyone who has not answered (${nonResponders()} people: no response or unreachable)?` }),
      el('button', { type: 'button', class: 'primary', 'data-action': 'remind-confirm', text: 'Yes, remind them now', onclick: send }),
      el('button', { type: 'button', class: 'secondary', text: 'Cancel', onclick: () => { holder.replaceChildren(ask); ask.focus(); } })));
    holder.querySelector('button').focus();
  } });
  holder.append(ask);
  async function send() {
    try {
      const result = await post(`${base}/reminders`);
      showInfo(`Reminder sent to ${result.reminded} people.`);
    } catch (e) { showError(e); }
    holder.replaceChildren(ask);
  }
  return holder;
}

function scheduleForm(base, schedule, show) {
  const every = el('select', { name: 'reminderEvery' }, EVERY.map(([key, text]) => el('option', { value: key, text })));
  if (schedule.reminderEvery && !EVERY.some(([key]) => key === schedule.reminderEvery)) {
    every.append(el('option', { value: schedule.reminderEvery, text: label(schedule.reminderEvery) }));
  }
  every.value = schedule.reminderEvery ?? '';
  return el('form', { class: 'acc-schedule', 'data-acc-schedule-form': '', onsubmit: async (e) => {
    e.preventDefault();
    try {
      const saved = await put(`${base}/reminders/schedule`, { reminderEvery: every.value || null });
      show(saved);
      showInfo(saved.reminderEvery ? `Reminders scheduled ${label(saved.reminderEvery)}.` : 'Scheduled reminders stopped.');
    } catch (err) { showError(err); }
  } }, field('Remind automatically', every), el('button', { type: 'submit', class: 'secondary', text: 'Save schedule' }));
}
