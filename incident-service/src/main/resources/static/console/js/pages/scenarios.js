import { get, post } from '../api.js';
import { el, page, showError, showInfo, localTime } from '../dom.js';
import { scenarioEditor } from './scenario-editor.js';
import { scenarioPreview } from './scenario-preview.js';

// Scenarios prepared in advance: each card says which version a launch sends, lets a second person
// approve the latest, previews the final texts, and launches in one tap (a life-safety one after the
// same explicit question as the declare page). Hooks: [data-scenario=<id>] [data-action=...].
export async function scenariosPage(args, { go }) {
  if (args[0] === 'new') return scenarioEditor(null, { go });
  if (args[0] && args[1] === 'edit') return scenarioEditor(args[0], { go });
  const [scenarios, sites] = await Promise.all([get('/api/scenarios'), get('/api/sites')]);
  const siteList = sites.content ?? sites;
  page('Scenarios',
    el('p', {}, el('a', { href: '#/scenarios/new', class: 'button-link primary', 'data-action': 'new-scenario', text: 'New scenario' })),
    scenarios.length ? el('div', { class: 'statement-list' }, scenarios.map((s) => card(s, siteList, go)))
      : el('p', { text: 'No scenarios yet. Prepare the alerts you will need before the day you need them.' }));
}

function card(s, sites, go) {
  const launchable = s.approvedVersion !== null && s.approvedVersion !== undefined;
  const latestApproved = s.approvedVersion === s.latestVersion;
  const boxes = sites.map((site) => el('label', { class: 'check' },
    el('input', { type: 'checkbox', value: site.id, checked: s.definition.audience.siteIds.includes(site.id) }), site.name));
  const exercise = el('input', { type: 'checkbox', 'data-field': 'exercise' });
  const confirm = el('div');
  const preview = el('div', { 'aria-live': 'polite' });
  const life = s.definition.priority === 'LIFE_SAFETY';
  const launchBody = () => ({
    siteIds: boxes.map((b) => b.querySelector('input')).filter((i) => i.checked).map((i) => i.value),
    exercise: exercise.checked,
  });
  return el('article', { class: `statement-card${launchable ? ' approved' : ''}`, 'data-scenario': s.id },
    el('h3', {}, `${s.keypad}. ${s.name} `, life ? el('span', { class: 'badge life', text: 'life safety' }) : null),
    el('p', { 'data-field': 'status', text: status(s, launchable, latestApproved) }),
    el('p', { class: 'hint', text: `Version ${s.latestVersion} by ${s.editedBy}, ${localTime(s.editedAt)}.`
      + (s.twoPersonApproval ? ' Its incident type needs a second person to approve.' : '') }),
    el('fieldset', {}, el('legend', { text: 'Sites' }), boxes,
      el('label', { class: 'check' }, exercise, 'Exercise (a drill: every message says so)')),
    el('button', { type: 'button', class: 'danger', 'data-action': 'launch', disabled: !launchable,
      onclick: () => review(), text: launchable ? `Launch version ${s.approvedVersion}` : 'Not approved yet' }),
    latestApproved ? null : el('button', { type: 'button', class: 'secondary', 'data-action': 'approve',
      onclick: approve, text: `Approve version ${s.latestVersion}` }),
    el('button', { type: 'button', class: 'secondary', 'data-action': 'preview',
      onclick: () => scenarioPreview(s.id, launchBody(), preview), text: 'Preview' }),
    el('button', { type: 'button', class: 'secondary', onclick: () => go(`scenarios/${s.id}/edit`), text: 'Edit' }),
    confirm, preview);

  function review() {
    if (!life) return launch(false);
    confirm.replaceChildren(el('div', { class: 'confirm', role: 'alertdialog', 'aria-labelledby': `confirm-${s.id}` },
      el('h2', { id: `confirm-${s.id}`, text: `Send the life-safety alert "${s.name}"?` }),
      el('p', { text: 'It overrides quiet hours and goes out at once on every channel.' }),
      el('button', { type: 'button', class: 'danger', 'data-action': 'confirm-launch', onclick: () => launch(true),
        text: 'Yes, send the life-safety alert' }),
      el('button', { type: 'button', class: 'secondary', onclick: () => confirm.replaceChildren(), text: 'Cancel' })));
    confirm.querySelector('button').focus();
  }

  async function launch(confirmLifeSafety) {
    try {
      const launched = await post(`/api/scenarios/${s.id}/launches`, { ...launchBody(), confirmLifeSafety });
      go(`incidents/${launched.incidentId}`);
    } catch (e) { showError(e); }
  }

  async function approve() {
    try {
      await post(`/api/scenarios/${s.id}/approvals`, { version: s.latestVersion });
      showInfo(`Approved version ${s.latestVersion} of ${s.name}.`);
      go('scenarios');
    } catch (e) { showError(e); }
  }
}

function status(s, launchable, latestApproved) {
  if (!launchable) return `Draft: version ${s.latestVersion} waits for approval.`;
  if (latestApproved) return `Approved: a launch sends version ${s.approvedVersion}.`;
  return `A launch sends version ${s.approvedVersion}; version ${s.latestVersion} waits for approval.`;
}
