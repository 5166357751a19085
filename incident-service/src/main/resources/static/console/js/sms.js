// SMS segment arithmetic (GSM 03.38 vs UCS-2), as the notifier counts it: 160/153 septets per
// segment in GSM-7 (extension characters take two), 70/67 UTF-16 units in UCS-2.
const BASIC = '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const EXTENSION = '^{}\\[~]|€\f';

export function segments(text) {
  let septets = 0;
  let gsm = true;
  for (const ch of text) {
    if (BASIC.includes(ch)) septets += 1;
    else if (EXTENSION.includes(ch)) septets += 2;
    else { gsm = false; break; }
  }
  if (gsm) {
    return { encoding: 'GSM-7', units: septets, segments: septets <= 160 ? 1 : Math.ceil(septets / 153) };
  }
  const units = text.length;
  return { encoding: 'UCS-2', units, segments: units <= 70 ? 1 : Math.ceil(units / 67) };
}
