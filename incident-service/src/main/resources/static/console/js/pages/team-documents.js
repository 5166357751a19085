// Response documents of the incident's type: newest versions, every version, download (fetched with
// the credentials into a Blob) and a new version by upload.
import { get, getBlob, postFile } from '../api.js';
import { el, field, localTime, showError, showInfo } from '../dom.js';
import { labelledTable } from './team-table.js';
import { size } from './team-files.js';

const ACCEPT = '.pdf,.txt,.md,.markdown,.docx,.xlsx,.odt';

export async function documentsSection(ctx) {
  const type = ctx.incident.incidentType ?? 'GENERAL';
  const byType = `/api/incident-types/${encodeURIComponent(type)}/documents`;
  const list = el('div', { 'data-list': 'documents' });
  const versions = el('div', { 'aria-live': 'polite' });
  ctx.body.append(el('p', { class: 'hint', text: `The documents kept for incidents of type ${type}.` }),
    list, versions, ctx.can('TEAM', 'COMMANDER', 'ADMIN') ? uploadForm(byType, reload) : null);

  async function reload() {
    const documents = await get(`/api/incidents/${encodeURIComponent(ctx.id)}/documents`);
    list.replaceChildren(documents.length
      ? labelledTable(['Document', 'Version', 'Size', 'Uploaded', 'Actions'], documents.map((d) => [
        d.name, String(d.version), size(d.size), `${d.uploadedBy}, ${localTime(d.uploadedAt)}`,
        el('span', { class: 'team-actions' }, downloadButton(ctx, d, `Download ${d.name}`),
          d.version > 1 ? el('button', { type: 'button', class: 'secondary', 'data-action': 'versions',
            text: 'Versions', 'aria-label': `All versions of ${d.name}`, onclick: () => showVersions(d) }) : null)]))
      : el('p', { text: 'No documents for this incident type yet.' }));
  }
  async function showVersions(d) {
    try {
      const all = await get(`${byType}/${encodeURIComponent(d.name)}/versions`);
      versions.replaceChildren(el('h3', { text: `Versions of ${d.name}` }),
        labelledTable(['Version', 'Size', 'Uploaded', 'SHA-256', 'Actions'], all.map((v) => [String(v.version), size(v.size),
          `${v.uploadedBy}, ${localTime(v.uploadedAt)}`, el('code', { class: 'team-hash', text: v.sha256.slice(0, 12) }),
          downloadButton(ctx, v, `Download ${v.name} version ${v.version}`)])));
    } catch (e) { showError(e); }
  }
  await reload();
}

// The file is fetched with the Authorization header, then saved through an object URL; the link
// stays beside the button so it can be saved again without another request.
function downloadButton(ctx, d, label) {
  const holder = el('span', { 'data-document': d.name, 'data-version': String(d.version) });
  holder.append(el('button', { type: 'button', class: 'secondary', 'data-action': 'download', 'aria-label': label, text: 'Download',
    onclick: async () => {
      try {
        const url = ctx.urls.make(await getBlob(d.download));
        const link = el('a', { href: url, download: d.name, 'data-saved': '', text: `Save ${d.name} again` });
        holder.replaceChildren(link);
        link.click();
      } catch (e) { showError(e); }
    } }));
  return holder;
}

function uploadForm(byType, reload) {
  const file = el('input', { type: 'file', accept: ACCEPT, name: 'document', required: true });
  return el('form', { class: 'team-form', 'data-form': 'upload', onsubmit: async (event) => {
    event.preventDefault();
    if (!file.files.length) return showError('Choose a file first.');
    try {
      const stored = await postFile(byType, file.files[0]);
      showInfo(`${stored.name} stored as version ${stored.version}.`);
      file.value = '';
      await reload();
    } catch (e) { showError(e); }
  } }, el('h3', { text: 'Upload a document' }),
  field('Document file', file, 'PDF, Word, Excel, ODT, text or Markdown; the same name again becomes its next version'),
  el('button', { type: 'submit', class: 'primary', text: 'Upload' }));
}
