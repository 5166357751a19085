// Binary reads and multipart writes for the team page. api.js speaks JSON only, so these two
// calls send the same credentials (the tab's sessionStorage, as api.js keeps them) themselves:
// a plain <a href> or <audio src> could not carry the Authorization header.
import { ApiError } from '../api.js';

const KEY = 'muster.credentials';

function headers() {
  const h = { 'X-Requested-With': 'XMLHttpRequest' };
  const credentials = sessionStorage.getItem(KEY);
  if (credentials) h.Authorization = credentials;
  return h;
}

async function send(path, init) {
  let response;
  try {
    response = await fetch(path, { ...init, headers: { ...headers(), ...(init.headers ?? {}) } });
  } catch (e) {
    throw new ApiError(0, { title: 'The service cannot be reached', detail: 'Check the connection and try again.' });
  }
  if (!response.ok) {
    const type = response.headers.get('Content-Type') || '';
    throw new ApiError(response.status, type.includes('json') ? await response.json() : null);
  }
  return response;
}

/** The bytes at path as a Blob (a document, a recording), or an ApiError with the problem's text. */
export async function fetchBlob(path) {
  const response = await send(path, { method: 'GET', headers: { Accept: '*/*' } });
  return response.blob();
}

/** POSTs one file as the multipart part `file`; the browser sets the boundary. Answers the JSON. */
export async function uploadFile(path, file) {
  const form = new FormData();
  form.append('file', file, file.name);
  const response = await send(path, { method: 'POST', body: form, headers: { Accept: 'application/json' } });
  return response.json();
}

/** Object URLs made for this page, revoked when the page is left (they pin the bytes in memory). */
export function blobUrls() {
  const urls = [];
  return {
    make(blob) { const url = URL.createObjectURL(blob); urls.push(url); return url; },
    revokeAll() { urls.splice(0).forEach((u) => URL.revokeObjectURL(u)); },
  };
}

/** A size for people: 12 KB, 3.4 MB. */
export function size(bytes) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10240 ? 1 : 0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
