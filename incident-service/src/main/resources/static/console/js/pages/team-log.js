// The internal status log (newest first) and situation reports, with the sitrep cadence.
import { get, post } from '../api.js';
import { el, field, localTime, showError, showInfo } from '../dom.js';
import { durationMillis, durationWords } from './team-time.js';

export async function statusLogSection(ctx) {
  const base = `/api/incidents/${encodeURIComponent(ctx.id)}`;
  const updates = el('ol', { class: 'team-log', 'data-list': 'status-updates', 'aria-live': 'polite' });
  const sitreps = el('div', { 'data-list': 'sitreps' });
  const cadence = el('p', { class: 'team-cadence', 'data-sitrep-cadence': '' });
  const writable = ctx.can('TEAM', 'COMMANDER') && ctx.incident.status !== 'CLOSED';
  ctx.body.append(
    el('div', { class: 'grid2' },
      el('section', { 'aria-labelledby': 'team-updates' }, el('h3', { id: 'team-updates', text: 'Status updates' }),
        writable ? updateForm(base, reload) : null, updates),
      el('section', { 'aria-labelledby': 'team-sitreps' }, el('h3', { id: 'team-sitreps', text: 'Situation reports' }),
        cadence, writable ? sitrepForm(base, reload) : null, sitreps)));

  async function reload() {
    const [u, s, changes] = await Promise.all([get(`${base}/status-updates?limit=100`), get(`${base}/sitreps?limit=100`),
      get(`${base}/changes`).catch(() => [])]);
    updates.replaceChildren(...(u.length ? u.map((x) => el('li', { 'data-update-id': x.id },
      el('p', { class: 'team-text', text: x.text }), el('p', { class: 'hint', text: `${x.postedBy}, ${localTime(x.postedAt)}` })))
      : [el('li', { class: 'hint', text: 'No status updates yet.' })]));
    sitreps.replaceChildren(...(s.length ? s.map(sitrep) : [el('p', { class: 'hint', text: 'No situation reports yet.' })]));
    const since = [s[0]?.postedAt, ...changes.filter((c) => c.field === 'SITREP_EVERY').map((c) => c.changedAt)]
      .filter(Boolean).map(Date.parse);
    showCadence(cadence, ctx.incident.sitrepEvery, since.length ? Math.max(...since) : null);
  }
  await reload();
}

// The service reminds the commander one cadence after the cadence was set or the last sitrep was
// posted, whichever is later; the page shows the same due time.
function showCadence(node, every, since) {
  const words = durationWords(every);
  node.classList.remove('overdue');
  if (!words) { node.textContent = 'No sitrep cadence is set (the commander sets it).'; return; }
  if (since === null) { node.textContent = `A situation report is due every ${words}.`; return; }
  const due = since + durationMillis(every);
  const late = due < Date.now();
  node.classList.toggle('overdue', late);
  node.textContent = `A situation report is due every ${words}. ${late ? 'The next was due' : 'The next is due'} ${localTime(new Date(due).toISOString())}${late ? ': overdue.' : '.'}`;
}

function sitrep(s) {
  return el('article', { class: 'team-sitrep', 'data-sitrep-id': s.id },
    el('p', { class: 'hint', text: `${s.postedBy}, ${localTime(s.postedAt)}` }),
    el('dl', {}, el('dt', { text: 'Conditions' }), el('dd', { class: 'team-text', text: s.conditions }),
      el('dt', { text: 'Actions' }), el('dd', { class: 'team-text', text: s.actions }),
      el('dt', { text: 'Needs' }), el('dd', { class: 'team-text', text: s.needs })));
}

function updateForm(base, reload) {
  const text = el('textarea', { maxlength: 2000, required: true, name: 'status-update' });
  return el('form', { class: 'team-form', 'data-form': 'status-update', onsubmit: async (event) => {
    event.preventDefault();
    try {
      await post(`${base}/status-updates`, { text: text.value.trim() });
      text.value = '';
      showInfo('Status update posted.');
      await reload();
    } catch (e) { showError(e); }
  } }, field('Status update', text, 'the team sees it here; callers hear it on the hotline and employees see it on their answer page'),
  el('button', { type: 'submit', class: 'primary', text: 'Post update' }));
}

function sitrepForm(base, reload) {
  const area = (name) => el('textarea', { maxlength: 4000, required: true, name });
  const conditions = area('conditions');
  const actions = area('actions');
  const needs = area('needs');
  const form = el('details', { class: 'team-form' }, el('summary', { text: 'Write a situation report' }),
    el('form', { 'data-form': 'sitrep', onsubmit: async (event) => {
      event.preventDefault();
      try {
        await post(`${base}/sitreps`, { conditions: conditions.value.trim(), actions: actions.value.trim(), needs: needs.value.trim() });
        [conditions, actions, needs].forEach((a) => { a.value = ''; });
        form.open = false;
        showInfo('Situation report posted.');
        await reload();
      } catch (e) { showError(e); }
    } }, field('Conditions', conditions, 'what is the situation'), field('Actions', actions, 'what is being done'),
    field('Needs', needs, 'what is needed'), el('button', { type: 'submit', class: 'primary', text: 'Post sitrep' })));
  return form;
}
