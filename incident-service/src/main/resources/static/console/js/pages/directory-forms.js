import { ApiError } from '../api.js';
import { el, showError, showInfo } from '../dom.js';

// Form helpers of the admin pages (people, sites and roles, call trees): a labelled field with
// its own error line, the API's problem details spread onto those lines, an inline confirmation.

/** A labelled input with an error line under it that `showProblem` fills for `key` (the API's field name). */
export function checkedField(labelText, input, key, hint) {
  input.id = input.id || `f-${Math.random().toString(36).slice(2)}`;
  const error = el('p', { class: 'field-error', id: `${input.id}-error`, 'data-error-for': key, hidden: true });
  input.setAttribute('aria-describedby', error.id);
  return el('div', { class: 'checked-field' },
    el('label', { for: input.id }, labelText, hint ? el('span', { class: 'hint' }, ` (${hint})`) : null), input, error);
}

/** Clears every field error in `form`. */
export function clearProblems(form) {
  for (const line of form.querySelectorAll('[data-error-for]')) {
    line.hidden = true;
    line.textContent = '';
  }
  for (const input of form.querySelectorAll('[aria-invalid]')) input.removeAttribute('aria-invalid');
}

/**
 * Shows an API error next to the fields it names (`errors[{field,message}]`, or the fields that
 * `toFields(problem)` derives from a 409/422); the message box says what could not be placed.
 */
export function showProblem(form, error, toFields = () => []) {
  clearProblems(form);
  if (!(error instanceof ApiError) || !error.problem) return showError(error);
  const fieldErrors = [...(error.problem.errors ?? []), ...toFields(error.problem)];
  const unplaced = fieldErrors.filter((e) => !place(form, e.field, e.message));
  if (!fieldErrors.length || unplaced.length) return showError(error);
  showError(`${error.problem.title ?? 'Invalid request'} — see the marked fields.`);
  return undefined;
}

// "phones[1]" lands on the "phones" line as "phone 2: …"; "levels[0].roles" on that level's roles.
function place(form, field, message) {
  const candidates = [field, field.replace(/\[(\d+)\]$/, ''), field.replace(/\[\d+\]/g, '')];
  const key = candidates.find((k) => form.querySelector(`[data-error-for="${CSS.escape(k)}"]`));
  if (!key) return false;
  const line = form.querySelector(`[data-error-for="${CSS.escape(key)}"]`);
  const index = key === field ? null : field.match(/\[(\d+)\]$/);
  const text = index ? `Entry ${Number(index[1]) + 1}: ${message}` : message;
  line.textContent = line.hidden ? text : `${line.textContent}; ${text}`;
  line.hidden = false;
  document.getElementById(line.id.replace(/-error$/, ''))?.setAttribute('aria-invalid', 'true');
  return true;
}

/** An inline "are you sure" box (no window.confirm: it is keyboard- and screen-reader-friendly). */
export function confirmBox(holder, question, yesText, onYes) {
  const yes = el('button', { type: 'button', class: 'danger', text: yesText,
    onclick: async () => { holder.replaceChildren(); await onYes(); } });
  holder.replaceChildren(el('div', { class: 'confirm', role: 'alertdialog', 'aria-label': question },
    el('p', { text: question }), yes,
    el('button', { type: 'button', class: 'secondary', text: 'Cancel', onclick: () => holder.replaceChildren() })));
  yes.focus();
}

/** Minutes from an ISO-8601 duration ("PT1H30M", "P1D") or seconds as a number, as the API may write either. */
export function minutesOf(duration) {
  if (typeof duration === 'number') return duration / 60;
  const m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?)?$/.exec(String(duration ?? ''));
  if (!m) return 0;
  const [, d = 0, h = 0, min = 0, s = 0] = m;
  return Number(d) * 1440 + Number(h) * 60 + Number(min) + Number(s) / 60;
}

/** An ISO-8601 duration of so many minutes, or null for an empty field (the API then names it). */
export function isoMinutes(minutes) {
  if (String(minutes).trim() === '') return null;
  return `PT${Math.round(Number(minutes) * 60)}S`;
}

/** Options of a select, one selected. */
export function options(pairs, selected) {
  return pairs.map(([value, text]) => el('option', { value, text, selected: value === selected }));
}

/** Goes to `path` and then says what happened (after the router has cleared the old message). */
export function goAndTell(go, path, text) {
  if (location.hash !== `#/${path}`) {
    window.addEventListener('hashchange', () => showInfo(text), { once: true });
    go(path);
  } else {
    go(path);
    showInfo(text);
  }
}
