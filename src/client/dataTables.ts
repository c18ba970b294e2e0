import { tableElement } from '../charts/shared/tableElement';
import type { DataTable } from '../charts/types';

// A story page carries its tables' rows only when a reader asks: the first time a table's <details> opens, its rows
// come from the table file the build wrote for this chart and language, and replace the link to the chart's own page.
async function fill(details: HTMLDetailsElement, url: string): Promise<void> {
  const region = details.querySelector<HTMLElement>('.table-scroll');
  if (!region) return;
  region.setAttribute('aria-busy', 'true');
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    region.replaceChildren(tableElement(document, (await response.json()) as DataTable));
    delete details.dataset['tableFile'];
  } catch (error) {
    // The link to the full table stays; the next opening tries again.
    console.error(error);
  } finally {
    region.removeAttribute('aria-busy');
  }
}

for (const details of document.querySelectorAll<HTMLDetailsElement>('details[data-table-file]')) {
  details.addEventListener('toggle', () => {
    const url = details.dataset['tableFile'];
    if (details.open && url) void fill(details, url);
  });
}
