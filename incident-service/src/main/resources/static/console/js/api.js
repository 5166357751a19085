// Every call goes through the same authorised API as curl would. Signing in sends the password once
// (HTTP Basic) and gets a session token back; only that token is kept, in this tab's sessionStorage,
// and sent as `Authorization: Session <token>`. The password itself is never stored.
const KEY = 'muster.session';

export function signedIn() {
  return sessionStorage.getItem(KEY) !== null;
}

/** Trades the user name and password for a session; rejects with an ApiError when they are wrong. */
export async function signIn(username, password) {
  const basic = 'Basic ' + btoa(unescape(encodeURIComponent(username + ':' + password)));
  const response = await send('/api/session', {
    method: 'POST',
    headers: { 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json', Authorization: basic },
  });
  if (!response.ok) throw await problemOf(response);
  const session = await response.json();
  sessionStorage.setItem(KEY, session.token);
  return session.user;
}

/** Forgets the session here and ends it on the server (best effort: it expires anyway). */
export function signOut() {
  const token = sessionStorage.getItem(KEY);
  sessionStorage.removeItem(KEY);
  if (token) {
    fetch('/api/session', { method: 'DELETE', headers: { 'X-Requested-With': 'XMLHttpRequest', Authorization: `Session ${token}` } })
      .catch(() => {});
  }
}

function headers(extra) {
  const h = { 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json', ...extra };
  const token = sessionStorage.getItem(KEY);
  if (token) h.Authorization = `Session ${token}`;
  return h;
}

/** An API error with the problem details' readable text. */
export class ApiError extends Error {
  constructor(status, problem) {
    super(describe(status, problem));
    this.status = status;
    this.problem = problem;
  }
}

function describe(status, problem) {
  if (!problem) return `The server answered ${status}.`;
  const parts = [problem.title || `Error ${status}`];
  if (problem.detail) parts.push(problem.detail);
  if (Array.isArray(problem.errors)) {
    parts.push(problem.errors.map((e) => `${e.field}: ${e.message}`).join('; '));
  }
  return parts.join(' — ');
}

async function send(path, init) {
  try {
    return await fetch(path, init);
  } catch (e) {
    throw new ApiError(0, { title: 'The service cannot be reached', detail: 'Check the connection and try again.' });
  }
}

async function problemOf(response) {
  const type = response.headers.get('Content-Type') || '';
  return new ApiError(response.status, type.includes('json') ? await response.json() : null);
}

export async function call(method, path, body, contentType = 'application/json', extra = {}) {
  const init = { method, headers: headers({ ...(body === undefined ? {} : { 'Content-Type': contentType }), ...extra }) };
  if (body !== undefined) init.body = contentType === 'application/json' ? JSON.stringify(body) : body;
  const response = await send(path, init);
  if (!response.ok) throw await problemOf(response);
  const type = response.headers.get('Content-Type') || '';
  return type.includes('json') ? response.json() : response.text();
}

/**
 * The bytes at path as a Blob (a document, a recording, an export): a plain link or <audio src>
 * could not carry the Authorization header.
 */
export async function getBlob(path) {
  const response = await send(path, { method: 'GET', headers: headers({ Accept: '*/*' }) });
  if (!response.ok) throw await problemOf(response);
  return response.blob();
}

/** POSTs one file as the multipart part `file` (the browser sets the boundary); answers the JSON. */
export async function postFile(path, file) {
  const form = new FormData();
  form.append('file', file, file.name);
  const response = await send(path, { method: 'POST', body: form, headers: headers() });
  if (!response.ok) throw await problemOf(response);
  return response.json();
}

export const get = (path) => call('GET', path);
export const post = (path, body, type) => call('POST', path, body, type);
export const put = (path, body) => call('PUT', path, body);
/** A POST that must take effect once: the same key again answers the first request (Idempotency-Key). */
export const postOnce = (path, body, key) => call('POST', path, body, 'application/json', { 'Idempotency-Key': key });

/**
 * Follows a server-sent-event stream (fetch, not EventSource, so that the Authorization header
 * goes along). Calls onEvent(name, data) per event; reconnects after a drop until stop() is called.
 */
export function follow(path, onEvent, onState) {
  const control = new AbortController();
  let stopped = false;
  async function run() {
    while (!stopped) {
      try {
        const response = await fetch(path, { headers: headers({ Accept: 'text/event-stream' }), signal: control.signal });
        if (!response.ok) throw new ApiError(response.status, null);
        onState?.('live');
        await read(response.body.pipeThrough(new TextDecoderStream()).getReader(), onEvent);
      } catch (e) {
        if (stopped) return;
        onState?.('reconnecting');
      }
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
  run();
  return () => { stopped = true; control.abort(); };
}

async function read(reader, onEvent) {
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      dispatch(buffer.slice(0, end), onEvent);
      buffer = buffer.slice(end + 2);
    }
  }
}

function dispatch(block, onEvent) {
  let name = 'message';
  const data = [];
  for (const line of block.split('\n')) {
    if (line.startsWith('event:')) name = line.slice(6).trim();
    else if (line.startsWith('data:')) data.push(line.slice(5).trimStart());
  }
  if (data.length) onEvent(name, JSON.parse(data.join('\n')));
}
