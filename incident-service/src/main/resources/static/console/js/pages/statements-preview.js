// Previews of a statement before it goes out, written by the server with the same code as the
// real thing: the public status page (shown in a sandboxed frame: no script can run in it), the
// Atom feed entry and the CAP 1.2 document as readable text.
import { get } from '../api.js';
import { el } from '../dom.js';

/** Pretty-prints XML for reading (indentation only; the text nodes are shown as they are). */
export function readableXml(xml) {
  const documentNode = new DOMParser().parseFromString(xml, 'application/xml');
  if (documentNode.querySelector('parsererror')) return xml;
  const lines = [];
  const escape = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const attributes = (node) => [...node.attributes].map((a) => ` ${a.name}="${escape(a.value).replace(/"/g, '&quot;')}"`).join('');
  function walk(node, depth) {
    const pad = '  '.repeat(depth);
    const children = [...node.childNodes].filter((c) => c.nodeType === 1 || (c.nodeType === 3 && c.nodeValue.trim()));
    if (children.length === 0) {
      lines.push(`${pad}<${node.nodeName}${attributes(node)}/>`);
    } else if (children.length === 1 && children[0].nodeType === 3) {
      lines.push(`${pad}<${node.nodeName}${attributes(node)}>${escape(children[0].nodeValue)}</${node.nodeName}>`);
    } else {
      lines.push(`${pad}<${node.nodeName}${attributes(node)}>`);
      children.forEach((child) => (child.nodeType === 1 ? walk(child, depth + 1) : lines.push(pad + '  ' + escape(child.nodeValue.trim()))));
      lines.push(`${pad}</${node.nodeName}>`);
    }
  }
  walk(documentNode.documentElement, 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${lines.join('\n')}`;
}

function pane(id, name, title, hint, body) {
  const headingId = `preview-${name}-${id}`;
  return el('section', { class: 'statement-preview-pane', 'data-preview': name, 'aria-labelledby': headingId },
    el('h3', { id: headingId, text: title }), hint ? el('p', { class: 'hint', text: hint }) : null, body);
}

/** Loads the preview of the statement's latest version and shows the three renderings. */
export async function previewPanel(incidentId, statement, publishExercise) {
  const query = publishExercise ? '?publishExercise=true' : '';
  const preview = await get(`/api/incidents/${encodeURIComponent(incidentId)}/statements/${encodeURIComponent(statement.id)}/preview${query}`);
  const frame = el('iframe', { class: 'status-frame', title: 'Preview of the public status page', sandbox: 'allow-same-origin',
    srcdoc: preview.page, 'data-preview-frame': '' });
  const internal = preview.publicStatement ? null
    : el('p', { class: 'note', text: 'This exercise statement stays internal: it will not appear on the public page or in the feed.' });
  return el('div', { class: 'statement-preview', 'data-statement-preview': statement.id },
    el('h2', { text: `Preview of version ${preview.version} (${preview.msgType})` }),
    internal,
    pane(statement.id, 'page', 'Public status page', 'How /status will show it (times there are in UTC).', frame),
    pane(statement.id, 'atom', 'Atom feed entry', null, el('pre', { class: 'xml', tabindex: 0, text: readableXml(preview.atomEntry) })),
    pane(statement.id, 'cap', 'CAP 1.2 alert', null, el('pre', { class: 'xml', tabindex: 0, text: readableXml(preview.cap) })));
}
