// The spokesperson's page: an incident's statements (draft, approve, publish) with previews of the
// public page, the feed and CAP. Only the incident's designated spokesperson sees Publish; the
// server checks every rule again (not-spokesperson, self-approval, approval-required, stale-version).
import { get, post, put } from '../api.js';
import { el, page, localTime, showError, showInfo } from '../dom.js';
import { statementForm } from './statements-form.js';
import { statementCard } from './statements-card.js';

export async function statementsPage([id], ctx) {
  const base = `/api/incidents/${encodeURIComponent(id)}`;
  const me = ctx.session.username;
  const canWrite = ctx.can('COMMANDER', 'TEAM', 'SPOKESPERSON');
  let published = null;

  async function load() {
    const [incident, holders, statements] = await Promise.all([
      get(base), get(`${base}/roles`), get(`${base}/statements`)]);
    const type = await get(`/api/incident-types/${encodeURIComponent(incident.incidentType)}`).catch(() => null);
    return { incident, statements, type, spokesperson: holders.SPOKESPERSON ?? null };
  }

  async function render() {
    const data = await load();
    const formHolder = el('div');
    const newButton = canWrite && data.incident.status !== 'CLOSED'
      ? el('button', { type: 'button', class: 'primary', 'data-action': 'new-statement', text: 'New statement',
        onclick: () => formHolder.replaceChildren(statementForm(null, { title: 'New statement', submitLabel: 'Save draft',
          onSubmit: (body) => act(() => post(`${base}/statements`, body), 'Draft saved as version 1.'),
          onCancel: () => formHolder.replaceChildren() })) })
      : null;
    const list = [...data.statements].reverse();
    page(`Statements: ${data.incident.title}`,
      rules(data),
      published ? publishedNotice(published) : null,
      newButton, formHolder,
      el('h2', { text: `Statements (${list.length})` }),
      list.length === 0 ? el('p', { text: 'No statement has been drafted for this incident yet.' }) : null,
      el('div', { class: 'statement-list' }, list.map((statement) => statementCard(statement, {
        ...data, me, canWrite, base, incidentId: id, act, edit: (form) => formHolder.replaceChildren(form),
        onPublished: (view) => { published = view; },
      }))));
  }

  /** Runs one write through the API, then shows the page again (or the API's readable problem). */
  async function act(write, done) {
    try {
      await write();
      await render();
      if (done) showInfo(done);
    } catch (e) {
      showError(e);
    }
  }

  function rules({ type, spokesperson, incident }) {
    const publisher = spokesperson === me
      ? 'You are the designated spokesperson of this incident: you publish its statements.'
      : spokesperson
        ? `Only the designated spokesperson, ${spokesperson}, may publish statements of this incident.`
        : 'No spokesperson is designated for this incident yet, so nobody can publish. A commander designates one.';
    const approval = type?.twoPersonApproval
      ? `${type.name} needs two people: someone other than the author approves each version, and the publisher cannot be the only approver.`
      : `${type ? type.name : 'This incident type'} needs no second approval before publishing.`;
    return el('section', { class: 'statement-rules', 'aria-label': 'Who may publish' },
      el('p', { 'data-publisher': spokesperson ?? '' }, el('strong', { text: 'Publishing: ' }), publisher),
      el('p', { 'data-two-person': type?.twoPersonApproval ? 'true' : 'false' }, el('strong', { text: 'Approval: ' }), approval),
      incident.exercise ? el('p', {}, el('span', { class: 'badge exercise', text: 'Exercise' }),
        ' Statements of an exercise stay internal unless published to the public page on purpose.') : null,
      ctx.can('COMMANDER') ? designateForm(spokesperson) : null);
  }

  function designateForm(current) {
    const input = el('input', { type: 'text', id: 'designate-spokesperson', maxlength: 100, value: current ?? '',
      autocomplete: 'off', 'data-field': 'spokesperson' });
    return el('form', { class: 'designate', onsubmit: (event) => {
      event.preventDefault();
      act(() => put(`${base}/roles/SPOKESPERSON`, { username: input.value.trim() }), `${input.value.trim()} is now the spokesperson.`);
    } },
    el('label', { for: input.id, text: 'Designated spokesperson (user name)' }), input,
    el('button', { type: 'submit', class: 'secondary', text: 'Designate' }));
  }

  function publishedNotice(view) {
    return el('div', { class: 'statement-published', role: 'status' },
      el('p', { text: `Published at ${localTime(view.publishedAt)} as ${view.msgType}.` }),
      view.publicStatement
        ? el('a', { href: `/status#statement-${view.id}`, 'data-status-link': '', text: 'Open the public status page' })
        : el('p', { text: 'It stays internal (exercise): the public page does not show it.' }));
  }

  await render();
}
