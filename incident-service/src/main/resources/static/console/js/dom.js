// Tiny helpers: build elements with text (never innerHTML with data), show messages, format times.

export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else if (key === 'text') node.textContent = value;
    else node.setAttribute(key, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** Replaces a node's children, skipping the absent ones as el does (replaceChildren would write "null"). */
export function fill(node, ...children) {
  node.replaceChildren(...present(children));
  return node;
}

function present(children) {
  return children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false);
}

let subnav = null;

/** Links shown under every page's heading until the route changes (an incident's tabs). */
export function setSubnav(node) {
  subnav = node;
}

export function page(title, ...children) {
  const main = document.getElementById('main');
  fill(main, el('h1', { text: title }), subnav, children);
  document.title = `${title} · Muster`;
  main.focus();
  return main;
}

export function showError(error) {
  const box = document.getElementById('message');
  box.className = 'message';
  box.textContent = error instanceof Error ? error.message : String(error);
  box.hidden = false;
}

export function showInfo(text) {
  const box = document.getElementById('message');
  box.className = 'message info';
  box.textContent = text;
  box.hidden = false;
}

export function clearMessage() {
  document.getElementById('message').hidden = true;
}

/** A time in the viewer's own time zone, with the zone named. */
export function localTime(iso) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(undefined, {
    year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', timeZoneName: 'short',
  }).format(new Date(iso));
}

export function field(labelText, input, hint) {
  const id = input.id || `f-${Math.random().toString(36).slice(2)}`;
  input.id = id;
  return el('div', {}, el('label', { for: id }, labelText, hint ? el('span', { class: 'hint' }, ` (${hint})`) : null), input);
}

export function table(headers, rows) {
  return el('div', { class: 'scroll' },
    el('table', {},
      el('thead', {}, el('tr', {}, headers.map((h) => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, rows.map((cells) => el('tr', {}, cells.map((c) => el('td', {}, c)))))));
}
