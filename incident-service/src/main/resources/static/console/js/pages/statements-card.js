// One statement on the spokesperson's page: its state, its versions, and the buttons the signed-in
// user can really use (with a note saying why a button is absent).
import { get, post, put } from '../api.js';
import { el, localTime, showError } from '../dom.js';
import { statementForm } from './statements-form.js';
import { previewPanel, readableXml } from './statements-preview.js';

/** draft, approved (the latest version has an approval) or published. */
export function stateOf(statement) {
  if (statement.status === 'PUBLISHED') return 'published';
  return latestVersion(statement).approvedBy.length ? 'approved' : 'draft';
}

function latestVersion(statement) {
  return statement.versions.find((v) => v.version === statement.latestVersion) ?? statement.versions[statement.versions.length - 1];
}

const STATE_LABEL = { draft: 'Draft', approved: 'Approved', published: 'Published' };

function versionLine(v) {
  const approved = v.approvedBy.length ? `; approved by ${v.approvedBy.join(', ')}` : '; not approved';
  return `Version ${v.version}: drafted by ${v.draftedBy}, ${localTime(v.draftedAt)}${approved}`;
}

function texts(version) {
  return version.texts.map((t) => el('div', { class: 'statement-text', lang: t.language },
    el('span', { class: 'badge', text: t.language }), ' ',
    t.headline ? el('strong', { text: t.headline }) : null,
    el('p', { text: t.text }),
    el('span', { class: 'hint', text: `${t.text.length} characters` })));
}

function note(kind, text) {
  return el('p', { class: 'note', 'data-note': kind, text });
}

export function statementCard(statement, env) {
  const state = stateOf(statement);
  const shown = state === 'published'
    ? statement.versions.find((v) => v.version === statement.publishedVersion) : latestVersion(statement);
  const work = el('div', { class: 'statement-work' });
  const headingId = `statement-${statement.id}-title`;
  return el('article', { class: `statement-card ${state}`, 'data-statement-id': statement.id, 'data-state': state,
    'aria-labelledby': headingId },
  el('h3', { id: headingId }, el('span', { class: `badge state-${state}`, 'data-state-badge': '', text: STATE_LABEL[state] }), ' ',
    el('span', { 'data-headline': '', text: shown.headline })),
  el('p', { class: 'hint', text: summary(statement, state) }),
  texts(shown),
  statement.versions.length > 1 ? el('details', {}, el('summary', { text: `All versions (${statement.versions.length})` }),
    el('ul', {}, statement.versions.map((v) => el('li', { text: `${versionLine(v)} — “${v.headline}”` })))) : null,
  el('div', { class: 'statement-actions' }, actions(statement, state, shown, work, env)),
  work);
}

function summary(statement, state) {
  if (state === 'published') {
    return `${statement.msgType} published by ${statement.publishedBy}, ${localTime(statement.publishedAt)} (version ${statement.publishedVersion})`
      + (statement.publicStatement ? '' : ' · internal (exercise)');
  }
  return `${versionLine(latestVersion(statement))} · ${statement.versions.length} version(s)`;
}

function actions(statement, state, version, work, env) {
  const path = `${env.base}/statements/${encodeURIComponent(statement.id)}`;
  const preview = el('button', { type: 'button', class: 'secondary', 'data-action': 'preview', text: 'Preview',
    onclick: () => showPreview(env, statement, work, false) });
  if (state === 'published') {
    return [preview,
      el('button', { type: 'button', class: 'secondary', 'data-action': 'cap', text: 'CAP document',
        onclick: () => showCap(path, work) }),
      statement.publicStatement ? el('a', { class: 'status-link', href: `/status#statement-${statement.id}`, 'data-status-link': '',
        text: 'See it on the public status page' }) : null];
  }
  const items = [];
  if (env.canWrite) {
    items.push(el('button', { type: 'button', class: 'secondary', 'data-action': 'edit', text: 'Edit (new version)',
      onclick: () => work.replaceChildren(statementForm(version, { title: `Version ${version.version + 1} of “${version.headline}”`,
        submitLabel: 'Save new version',
        onSubmit: (body) => env.act(() => put(path, body), `Saved as version ${version.version + 1}. Earlier approvals do not carry over.`),
        onCancel: () => work.replaceChildren() })) }));
  }
  items.push(...approval(statement, version, path, env));
  items.push(preview);
  items.push(...publishing(statement, version, path, work, env));
  return items;
}

function approval(statement, version, path, env) {
  if (!env.canWrite) return [];
  if (version.draftedBy === env.me) {
    return [note('self-approval', `You drafted version ${version.version}, so you cannot approve it: someone else in the incident team must.`)];
  }
  if (version.approvedBy.includes(env.me)) return [note('approved', `You approved version ${version.version}.`)];
  return [el('button', { type: 'button', class: 'primary', 'data-action': 'approve', text: `Approve version ${version.version}`,
    onclick: () => env.act(() => post(`${path}/approvals`, { version: version.version }), `Version ${version.version} approved.`) })];
}

function publishing(statement, version, path, work, env) {
  if (env.spokesperson !== env.me) {
    return [note('publisher', env.spokesperson
      ? `Only the designated spokesperson, ${env.spokesperson}, may publish.`
      : 'Nobody may publish until a commander designates the spokesperson.')];
  }
  if (env.type?.twoPersonApproval && !version.approvedBy.some((who) => who !== env.me)) {
    return [note('needs-approval', `Version ${version.version} needs approval by someone other than you before you can publish it.`)];
  }
  return [el('button', { type: 'button', class: 'danger', 'data-action': 'publish', text: 'Publish…',
    onclick: () => confirmPublish(statement, version, path, work, env) })];
}

async function showPreview(env, statement, work, publishExercise) {
  try {
    work.replaceChildren(el('p', { text: 'Loading the preview…' }));
    work.replaceChildren(await previewPanel(env.incidentId, statement, publishExercise));
  } catch (e) {
    work.replaceChildren();
    showError(e);
  }
}

async function showCap(path, work) {
  try {
    const xml = await get(`${path}/cap.xml`);
    work.replaceChildren(el('section', { 'data-preview': 'cap', 'aria-label': 'CAP 1.2 document' },
      el('h3', { text: 'CAP 1.2 alert as published' }), el('pre', { class: 'xml', tabindex: 0, text: readableXml(xml) })));
  } catch (e) {
    showError(e);
  }
}

function confirmPublish(statement, version, path, work, env) {
  const exercise = env.incident.exercise
    ? el('input', { type: 'checkbox', id: `public-${statement.id}`, 'data-field': 'publish-exercise' }) : null;
  const cancel = env.statements.some((s) => s.status === 'PUBLISHED')
    ? el('input', { type: 'checkbox', id: `cancel-${statement.id}`, 'data-field': 'cancel' }) : null;
  const previewHolder = el('div');
  const dialog = el('div', { class: 'confirm', role: 'alertdialog', 'aria-labelledby': `publish-${statement.id}` },
    el('h3', { id: `publish-${statement.id}`, tabindex: -1, text: `Publish version ${version.version}, “${version.headline}”?` }),
    el('p', { text: 'It goes to the public status page, the Atom feed, CAP and email subscribers, and cannot be changed afterwards.' }),
    exercise ? el('label', { class: 'check', for: exercise.id }, exercise, 'Show this exercise statement on the public page too') : null,
    cancel ? el('label', { class: 'check', for: cancel.id }, cancel, 'Publish it as a Cancel of the earlier statements') : null,
    el('button', { type: 'button', class: 'danger', 'data-action': 'confirm-publish', text: 'Publish now', onclick: publish }),
    el('button', { type: 'button', class: 'secondary', text: 'Not now', onclick: () => work.replaceChildren() }),
    previewHolder);
  exercise?.addEventListener('change', () => showPreview(env, statement, previewHolder, exercise.checked));
  work.replaceChildren(dialog);
  dialog.querySelector('h3').focus();
  showPreview(env, statement, previewHolder, false);

  function publish() {
    env.act(async () => {
      const view = await post(`${path}/publish`, { version: version.version, cancel: cancel?.checked ?? false,
        publishExercise: exercise?.checked ?? false });
      env.onPublished(view);
    }, `Published “${version.headline}”.`);
  }
}
