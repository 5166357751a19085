// The statement form: a headline and its text in one or more languages, with character counts
// against the API's limits (headline 200, text 5000, at most 10 languages).
import { el, field } from '../dom.js';

const HEADLINE_MAX = 200;
const TEXT_MAX = 5000;
const LANGUAGES_MAX = 10;

/** A counted input: "12 / 200 characters", announced politely; the field refuses more than the limit. */
function counted(input, max) {
  const count = el('span', { class: 'count-chars', 'aria-live': 'polite' });
  const update = () => { count.textContent = `${input.value.length} / ${max} characters`; };
  input.addEventListener('input', update);
  update();
  input.setAttribute('aria-describedby', count.id = `c-${Math.random().toString(36).slice(2)}`);
  return count;
}

function languageRow(text, rows, onChange) {
  const language = el('input', { type: 'text', required: true, maxlength: 35, value: text.language || 'en',
    pattern: '[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8}){0,3}', 'data-field': 'language', autocomplete: 'off' });
  const headline = el('input', { type: 'text', maxlength: HEADLINE_MAX, value: text.headline || '', 'data-field': 'language-headline' });
  const body = el('textarea', { required: true, maxlength: TEXT_MAX, 'data-field': 'text' });
  body.value = text.text || '';
  const row = el('fieldset', { class: 'statement-language' },
    el('legend', { text: 'Text in one language' }),
    field('Language', language, 'a tag such as en or fr-CA'),
    field('Headline in this language', headline, 'optional; else the headline above'), counted(headline, HEADLINE_MAX),
    field('Text', body), counted(body, TEXT_MAX),
    el('button', { type: 'button', class: 'secondary', text: 'Remove this language', onclick: () => {
      if (rows.length === 1) return;
      rows.splice(rows.indexOf(row), 1);
      row.remove();
      onChange();
    } }));
  row.read = () => ({ language: language.value.trim(), headline: headline.value.trim() || null, text: body.value });
  return row;
}

/**
 * The form for a new statement (version null) or a new version of a draft, filled from that
 * version. onSubmit(body) returns a promise; onCancel closes the form.
 */
export function statementForm(version, { title, submitLabel, onSubmit, onCancel }) {
  const headline = el('input', { type: 'text', required: true, maxlength: HEADLINE_MAX, name: 'headline',
    'data-field': 'headline', value: version?.headline || '' });
  const rows = [];
  const languages = el('div');
  const add = el('button', { type: 'button', class: 'secondary', text: 'Add a language', onclick: () => addRow({}) });
  function refresh() {
    add.hidden = rows.length >= LANGUAGES_MAX;
    rows.forEach((row) => { row.querySelector('button').hidden = rows.length === 1; });
  }
  function addRow(text) {
    const row = languageRow(text, rows, refresh);
    rows.push(row);
    languages.append(row);
    refresh();
    return row;
  }
  (version?.texts?.length ? version.texts : [{ language: 'en' }]).forEach(addRow);
  const submit = el('button', { type: 'submit', class: 'primary', 'data-action': 'save-statement', text: submitLabel });
  const form = el('form', { class: 'statement-form', 'aria-label': title, onsubmit: async (event) => {
    event.preventDefault();
    submit.disabled = true;
    try {
      await onSubmit({ headline: headline.value.trim(), texts: rows.map((row) => row.read()) });
    } finally {
      submit.disabled = false;
    }
  } },
  el('h2', { text: title }),
  field('Headline', headline, 'shown on the public page, feed and CAP'), counted(headline, HEADLINE_MAX),
  languages, add,
  el('div', {}, submit, el('button', { type: 'button', class: 'secondary', text: 'Cancel', onclick: onCancel })));
  setTimeout(() => headline.focus());
  return form;
}
