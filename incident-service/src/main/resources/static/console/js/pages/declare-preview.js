// What each language's recipients will read: the SMS (with its encoding and segment count) and the
// email, composed by the service with the notifier's own code and bundles (infra/messages, through
// POST /api/message-preview). The console counts no segments itself: segmentLine(previews) says them.
// Hooks: [data-preview-language=fr] [data-preview=sms|sms-segments|email-subject|email-text].
import { post } from '../api.js';
import { el, showError } from '../dom.js';

const NAMES = { en: 'English', fr: 'French', de: 'German', es: 'Spanish', it: 'Italian', nl: 'Dutch', pt: 'Portuguese' };

/**
 * A preview panel; refresh(body) renders it for a declaration body (debounced by the caller) and
 * hands the previews to onPreviews (the declare page's cost line).
 */
export function messagePreview(onPreviews = () => {}) {
  const node = el('section', { class: 'lang-preview', 'aria-labelledby': 'lang-preview-title', 'aria-live': 'polite' },
    el('h2', { id: 'lang-preview-title', text: 'What each language receives' }),
    el('p', { class: 'hint', text: 'Write a title and a message to see the texts.' }));
  let latest = 0;
  let shown = '';
  async function refresh(body) {
    if (!body.title || !body.message) return;
    const mine = ++latest;
    try {
      const previews = await post('/api/message-preview', request(body));
      const text = JSON.stringify(previews);
      if (mine !== latest) return;
      onPreviews(previews);
      // The same texts again (a click after typing): keep the DOM, so nothing is re-announced.
      if (text === shown) return;
      shown = text;
      node.replaceChildren(node.firstChild, ...previews.map(language));
    } catch (e) { if (mine === latest) showError(e); }
  }
  return { node, refresh };
}

/** "SMS with the answer instructions and link: English 1 SMS segment (GSM-7), French 2 SMS segments (UCS-2)." */
export function segmentLine(previews) {
  const each = previews.map((p) => `${NAMES[p.language] ?? p.language} ${p.sms.segments} SMS `
    + `segment${p.sms.segments === 1 ? '' : 's'} (${p.sms.encoding})`);
  return `SMS with the answer instructions and link: ${each.join(', ')}.`;
}

function request(body) {
  return {
    title: body.title, message: body.message, exercise: body.exercise, priority: body.priority,
    employeeIds: body.notify?.employeeIds ?? [], roles: body.notify?.roles ?? [],
    affectedSiteIds: body.affectedSiteIds, rollCall: body.rollCall,
  };
}

function language(p) {
  const name = NAMES[p.language] ?? p.language;
  const who = p.people ? `${p.people} named ${p.people === 1 ? 'person reads' : 'people read'} it` : 'nobody named reads it';
  return el('article', { class: 'lang', 'data-preview-language': p.language, lang: p.language },
    el('h3', {}, `${name} `, el('span', { class: 'hint', lang: 'en' },
      `(${who}${p.hasTexts ? '' : '; no texts in this language yet, so they get English'})`)),
    el('p', { class: 'label', lang: 'en', text: 'SMS' }),
    el('pre', { class: 'sms', 'data-preview': 'sms', text: p.sms.text }),
    el('p', { class: 'hint', lang: 'en', 'data-preview': 'sms-segments',
      text: `${p.sms.units} ${p.sms.encoding === 'GSM-7' ? 'septets' : 'characters'}, ${p.sms.encoding}: ${p.sms.segments} SMS segment(s)` }),
    el('details', {}, el('summary', { lang: 'en', text: 'Email' }),
      el('p', { 'data-preview': 'email-subject' }, el('strong', { lang: 'en', text: 'Subject: ' }), p.email.subject),
      el('pre', { class: 'mail', 'data-preview': 'email-text', text: p.email.text })));
}
