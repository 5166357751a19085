// dom.js's table, with each cell naming its column (data-label) so that on a phone, where the
// team page stacks each row as a card, a value such as "12 s" still says what it is.
import { table } from '../dom.js';

export function labelledTable(headers, rows) {
  const node = table(headers, rows);
  for (const row of node.querySelectorAll('tbody tr')) {
    [...row.children].forEach((cell, i) => { if (headers[i]) cell.dataset.label = headers[i]; });
  }
  return node;
}
