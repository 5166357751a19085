import { post } from '../api.js';
import { el, showError } from '../dom.js';

// The final texts a launch would send, placeholders filled, per language with the SMS segments
// (counted by the service with the notifier's code). Hooks: [data-preview-language=fr] [data-preview=...].
export async function scenarioPreview(id, body, node) {
  try {
    const p = await post(`/api/scenarios/${id}/preview`, body);
    node.replaceChildren(el('section', { class: 'lang-preview' },
      el('h3', { text: `Version ${p.version}, for ${p.values.site || 'no site'} at ${p.values.time}` }),
      p.languages.map(language),
      p.statusUpdate ? el('p', { 'data-preview': 'status-update' }, el('strong', { text: 'Status update: ' }), p.statusUpdate) : null,
      p.publicStatement ? el('p', { 'data-preview': 'statement' },
        el('strong', { text: 'Draft statement: ' }), p.publicStatement.headline) : null));
  } catch (e) { showError(e); }
}

function language(l) {
  return el('article', { class: 'lang', 'data-preview-language': l.language, lang: l.language },
    el('h4', { lang: 'en', text: `${l.language}: sent to the people who read it` }),
    el('pre', { class: 'sms', 'data-preview': 'sms', text: l.sms.text }),
    el('p', { class: 'hint', lang: 'en', 'data-preview': 'sms-segments',
      text: `${l.sms.units} ${l.sms.encoding === 'GSM-7' ? 'septets' : 'characters'}, ${l.sms.encoding}: ${l.sms.segments} SMS segment(s)` }),
    el('details', {}, el('summary', { lang: 'en', text: 'Email' }),
      el('p', {}, el('strong', { lang: 'en', text: 'Subject: ' }), l.email.subject),
      el('pre', { class: 'mail', text: l.email.text })));
}
