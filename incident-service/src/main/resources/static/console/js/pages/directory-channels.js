import { el } from '../dom.js';

const CHANNELS = { SMS: 'Text message (SMS)', VOICE: 'Voice call', EMAIL: 'Email' };

// A person's channels in the order they are tried: each can be switched off or moved with
// labelled buttons (keyboard and screen-reader friendly, no dragging).
export function channelOrder(current) {
  let order = [...current, ...Object.keys(CHANNELS).filter((c) => !current.includes(c))];
  const used = new Set(current);
  const list = el('ol', { class: 'ordered' });
  const error = el('p', { class: 'field-error', id: 'channels-error', 'data-error-for': 'channels', hidden: true });
  const node = el('fieldset', { 'data-field': 'channels', 'aria-describedby': error.id },
    el('legend', { text: 'Channel order' }), list, error);
  render();
  return { node, value: () => order.filter((c) => used.has(c)) };

  function render(focus) {
    list.replaceChildren(...order.map((channel, i) => el('li', { 'data-channel': channel },
      el('label', { class: 'check' }, el('input', { type: 'checkbox', checked: used.has(channel),
        onchange: (e) => (e.target.checked ? used.add(channel) : used.delete(channel)) }), CHANNELS[channel]),
      el('button', { type: 'button', class: 'secondary small', disabled: i === 0, 'data-move': 'up',
        'aria-label': `Move ${CHANNELS[channel]} up`, text: '↑ Up', onclick: () => move(i, -1) }),
      el('button', { type: 'button', class: 'secondary small', disabled: i === order.length - 1, 'data-move': 'down',
        'aria-label': `Move ${CHANNELS[channel]} down`, text: '↓ Down', onclick: () => move(i, 1) }))));
    if (focus) list.querySelector(`[data-channel="${focus}"] button:not([disabled])`)?.focus();
  }

  function move(i, by) {
    const moved = order[i];
    order = [...order];
    [order[i], order[i + by]] = [order[i + by], order[i]];
    render(moved);
  }
}
