// One task: what it is, who owns it, when it is due; opened, its comments and the changes the
// team may make (assignee, due time, status, comment).
import { get, post, call } from '../api.js';
import { el, field, fill, localTime, showError, showInfo } from '../dom.js';
import { ownerName, ownerPicker } from './team-owner.js';
import { dueInput, toInstant } from './team-time.js';

const STATUS = { OPEN: 'Open', IN_PROGRESS: 'In progress', DONE: 'Done', CANCELLED: 'Cancelled' };

export function taskCard(ctx, task, state, reload) {
  const path = `/api/incidents/${encodeURIComponent(ctx.id)}/tasks/${encodeURIComponent(task.id)}`;
  const writable = ctx.can('TEAM', 'COMMANDER');
  const detail = el('div', { class: 'team-task-detail' });
  const details = el('details', { open: state.open.has(task.id) },
    el('summary', { text: writable ? 'Comments, assignee and due time' : 'Comments' }), detail);
  details.addEventListener('toggle', () => {
    if (details.open) { state.open.add(task.id); load(); } else state.open.delete(task.id);
  });
  async function change(body, done) {
    try {
      await call('PATCH', path, body);
      showInfo(done);
      await reload();
    } catch (e) { showError(e); }
  }
  async function load() {
    try {
      const full = await get(path);
      fill(detail, comments(full), writable ? edits(ctx, full, state.tasks, path, change, reload) : null);
    } catch (e) { showError(e); }
  }
  if (details.open) load();
  return el('article', { class: `team-task${task.overdue ? ' overdue' : ''}${task.helpPersonId ? ' help' : ''}`,
    'data-task-id': task.id, 'data-status': task.status, 'data-overdue': String(task.overdue), 'data-help': task.helpPersonId ? 'true' : null },
  el('h3', {}, task.title, ' ', badges(ctx, task)),
  el('p', { class: 'team-meta' },
    el('span', { 'data-owner-name': '' }, `Assigned to ${ownerName(ctx, task)}`), ' · ',
    task.dueAt ? el('span', { 'data-due': task.dueAt }, `due ${localTime(task.dueAt)}`) : 'no due time', ' · ',
    `created by ${task.createdBy}, ${localTime(task.createdAt)}`),
  task.description ? el('p', { class: 'team-text', text: task.description }) : null,
  writable ? statusButtons(task, change) : null,
  details);
}

function badges(ctx, task) {
  return el('span', { class: 'team-badges' },
    el('span', { class: `badge status-${task.status.toLowerCase()}`, 'data-status-label': '', text: STATUS[task.status] ?? task.status }), ' ',
    task.overdue ? el('span', { class: 'badge overdue', text: 'Overdue' }) : null, ' ',
    task.helpPersonId ? el('span', { class: 'badge help', title: 'Opened automatically: someone answered that they need help',
      text: `Needs help: ${ctx.names.get(task.helpPersonId) ?? 'a person'}` }) : null, ' ',
    // They answered otherwise since; the task stays for the team to close once someone has checked.
    task.helpPersonState && task.helpPersonState !== 'NEEDS_HELP'
      ? el('span', { class: 'badge', 'data-now-reports': task.helpPersonState,
        text: `Person now reports ${task.helpPersonState.replaceAll('_', ' ').toLowerCase()}` }) : null);
}

function statusButtons(task, change) {
  const to = (status, label, cls) => el('button', { type: 'button', class: cls, 'data-action': status.toLowerCase(),
    text: label, onclick: () => change({ status }, `“${task.title}”: ${STATUS[status].toLowerCase()}.`) });
  if (task.status === 'DONE' || task.status === 'CANCELLED') return el('div', {}, to('OPEN', 'Reopen', 'secondary'));
  return el('div', {}, to('DONE', 'Mark done', 'primary'),
    task.status === 'OPEN' ? to('IN_PROGRESS', 'Start', 'secondary') : null, to('CANCELLED', 'Cancel task', 'secondary'));
}

function comments(task) {
  const all = task.comments ?? [];
  return el('div', {}, el('h4', { text: `Comments (${all.length})` }),
    all.length ? el('ol', { class: 'team-comments' }, all.map((c) => el('li', { 'data-comment': '' },
      el('p', { class: 'team-text', text: c.body }), el('p', { class: 'hint', text: `${c.author}, ${localTime(c.createdAt)}` }))))
      : el('p', { class: 'hint', text: 'No comments yet.' }));
}

function edits(ctx, task, tasks, path, change, reload) {
  const body = el('textarea', { maxlength: 4000, required: true, name: 'comment' });
  const owner = ownerPicker(ctx, tasks, task, 'New assignee');
  const due = dueInput(`due-${task.id}`, task.dueAt);
  async function comment(event) {
    event.preventDefault();
    try {
      await post(`${path}/comments`, { body: body.value.trim() });
      showInfo('Comment added.');
      await reload();
    } catch (e) { showError(e); }
  }
  return el('div', { class: 'grid2' },
    el('form', { 'data-form': 'comment', onsubmit: comment }, field('Comment', body),
      el('button', { type: 'submit', class: 'secondary', text: 'Add comment' })),
    el('div', {},
      el('form', { 'data-form': 'assign', onsubmit: (e) => { e.preventDefault(); change(owner.value(), 'Assignee changed.'); } },
        owner.node, el('button', { type: 'submit', class: 'secondary', text: 'Save assignee' })),
      el('form', { 'data-form': 'due', onsubmit: (e) => { e.preventDefault(); change({ dueAt: toInstant(due.input.value) }, 'Due time changed.'); } },
        due.node, el('button', { type: 'submit', class: 'secondary', text: 'Save due time' }),
        task.dueAt ? el('button', { type: 'button', class: 'secondary', text: 'Remove due time',
          onclick: () => change({ dueAt: null }, 'Due time removed.') }) : null)));
}
