// Tasks of the incident: filters, the list (overdue first) and a form for a new task.
import { get, post } from '../api.js';
import { el, field, showError, showInfo } from '../dom.js';
import { ownerPicker } from './team-owner.js';
import { taskCard } from './team-task-card.js';
import { dueInput, toInstant } from './team-time.js';

const OPEN = ['OPEN', 'IN_PROGRESS'];

export async function tasksSection(ctx) {
  const path = `/api/incidents/${encodeURIComponent(ctx.id)}/tasks`;
  const show = el('select', { 'data-filter': 'status' },
    el('option', { value: 'open', text: 'Open and in progress' }), el('option', { value: 'done', text: 'Done or cancelled' }),
    el('option', { value: 'all', text: 'All' }));
  const mine = el('input', { type: 'checkbox', id: 'team-mine', 'data-filter': 'mine' });
  const summary = el('p', { class: 'team-summary', 'aria-live': 'polite' });
  const list = el('div', { class: 'team-tasks' });
  const form = el('div');
  const state = { tasks: [], open: new Set() };
  show.addEventListener('change', render);
  mine.addEventListener('change', render);
  ctx.body.append(
    el('div', { class: 'team-filters' }, field('Show', show),
      ctx.session.personId ? el('label', { class: 'check', for: 'team-mine' }, mine, 'Only tasks assigned to me') : null),
    summary, list, form);

  async function reload() {
    state.tasks = await get(path);
    render();
    if (ctx.can('TEAM', 'COMMANDER')) form.replaceChildren(newTaskForm(ctx, path, state.tasks, reload));
  }
  function render() {
    const shown = state.tasks.filter((t) => matches(t, show.value, mine.checked, ctx.session.personId)).sort(urgentFirst);
    const open = state.tasks.filter((t) => OPEN.includes(t.status));
    summary.textContent = `${open.length} open, ${open.filter((t) => t.overdue).length} overdue, `
      + `${plural(open.filter((t) => t.helpPersonId).length, 'person', 'people')} needing help; showing ${shown.length}.`;
    list.replaceChildren(...(shown.length ? shown.map((t) => taskCard(ctx, t, state, reload))
      : [el('p', { text: 'No tasks match.' })]));
  }
  await reload();
}

function plural(n, one, many) {
  return `${n} ${n === 1 ? one : many}`;
}

function matches(task, status, mineOnly, me) {
  const open = OPEN.includes(task.status);
  if (status === 'open' && !open) return false;
  if (status === 'done' && open) return false;
  return !mineOnly || (me && task.ownerPersonId === me);
}

// Overdue first, then the earliest due time, then the oldest.
function urgentFirst(a, b) {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  const due = (t) => (t.dueAt ? Date.parse(t.dueAt) : Infinity);
  return due(a) - due(b) || Date.parse(a.createdAt) - Date.parse(b.createdAt);
}

function newTaskForm(ctx, path, tasks, reload) {
  const title = el('input', { type: 'text', maxlength: 200, required: true, name: 'task-title' });
  const description = el('textarea', { maxlength: 4000, name: 'task-description' });
  const owner = ownerPicker(ctx, tasks);
  const due = dueInput('task-due');
  async function create(event) {
    event.preventDefault();
    try {
      const task = await post(path, { title: title.value.trim(), description: description.value.trim() || null,
        ...owner.value(), dueAt: toInstant(due.input.value) });
      showInfo(`Task “${task.title}” created.`);
      await reload();
    } catch (e) { showError(e); }
  }
  return el('form', { class: 'team-form', 'data-form': 'new-task', onsubmit: create },
    el('h3', { text: 'New task' }),
    field('Title', title), field('Description', description, 'optional'), owner.node, due.node,
    el('button', { type: 'submit', class: 'primary', text: 'Create task' }));
}
