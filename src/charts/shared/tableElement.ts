import type { DataTable } from '../types';

/**
 * The table under a figure, as DOM: the build writes it into pages that carry their tables (embeds, the step-by-step
 * edition), and a story page builds it in the browser when a reader first opens it. Row headers, numeric cells set
 * apart for alignment, sources as links out.
 */
export function tableElement(document: Document, table: DataTable): HTMLTableElement {
  const element = (name: string, text?: string) => {
    const node = document.createElement(name);
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const root = element('table') as HTMLTableElement;
  const head = root.appendChild(element('thead')).appendChild(element('tr'));
  for (const column of table.columns) head.appendChild(element('th', column)).setAttribute('scope', 'col');
  const body = root.appendChild(element('tbody'));
  for (const row of table.rows) {
    const tr = body.appendChild(element('tr'));
    row.forEach((cell, index) => {
      if (index === 0) {
        tr.appendChild(element('th', cell.text)).setAttribute('scope', 'row');
        return;
      }
      const td = tr.appendChild(element('td'));
      if (cell.numeric) td.className = 'numeric';
      if (!cell.links) {
        td.textContent = cell.text;
        return;
      }
      cell.links.forEach((link, i) => {
        if (i > 0) td.append('; ');
        if (!link.href || link.href === '#') {
          td.append(link.text);
          return;
        }
        const a = td.appendChild(element('a', link.text)) as HTMLAnchorElement;
        a.href = link.href;
        a.rel = 'external';
      });
    });
  }
  return root;
}
