import type { BrowserFormat } from './exportFigure';

/** What the page's one template of download parts says (components/ChartActionTemplates.astro). */
interface DownloadParts {
  /** The story page's address, to which each file links back at its chart. */
  story: string;
  messages: { busy: string; done: string; failed: string };
  /** The phone PNG's button in its list item, the hint and the status line, for one chart. */
  content: () => DocumentFragment;
}

let pageParts: DownloadParts | undefined;

function downloadParts(): DownloadParts | undefined {
  const template = document.querySelector<HTMLTemplateElement>('template[data-download-parts]');
  if (!template) return undefined;
  const { story = '', busy = '', done = '', failed = '' } = template.dataset;
  pageParts ??= { story, messages: { busy, done, failed }, content: () => template.content.cloneNode(true) as DocumentFragment };
  return pageParts;
}

/** Hands an address to the browser as a download. */
function follow(url: string, name: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  follow(url, name);
  // The download holds its own copy by the next task; the URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * The download links under a chart. Without script they fetch the build-time files (the last step); with it,
 * each makes the file from what the reader sees: the figure's step, the calculator's inputs, the colour scheme.
 */
class ChartDownloads extends HTMLElement {
  #parts: DownloadParts | undefined;
  #status: HTMLElement | null = null;

  connectedCallback() {
    const figure = this.closest<HTMLElement>('figure[data-chart]');
    const list = this.querySelector('.downloads-list');
    this.#parts = downloadParts();
    if (!figure || !list || !this.#parts || this.querySelector('[data-export="png-phone"]')) return;
    // The parts that need script: the phone PNG before the data notes, then the hint and the status line.
    const parts = this.#parts.content();
    const phoneItem = parts.querySelector('li');
    const phone = phoneItem?.querySelector<HTMLElement>('button');
    const png = this.querySelector<HTMLAnchorElement>('a[data-export="png"]');
    if (phone && png) phone.dataset['fallback'] = png.getAttribute('href') ?? '';
    if (phoneItem) list.lastElementChild?.before(phoneItem);
    this.append(parts);
    this.#status = this.querySelector('.downloads-status');
    for (const control of this.querySelectorAll<HTMLElement>('[data-export]')) {
      control.addEventListener('click', (event) => {
        event.preventDefault();
        void this.#download(figure, control, control.dataset['export'] as BrowserFormat);
      });
    }
  }

  async #download(figure: HTMLElement, control: HTMLElement, format: BrowserFormat) {
    const { messages, story } = this.#parts!;
    const label = control.textContent?.trim() ?? format;
    const say = (template: string) => {
      if (this.#status) this.#status.textContent = template.replace('{file}', label);
    };
    say(messages.busy);
    try {
      const { exportFigure } = await import('./exportFigure');
      const { blob, name } = await exportFigure(figure, format, story);
      save(blob, name);
      say(messages.done);
    } catch (error) {
      console.error(error);
      say(messages.failed);
      this.#fallback(control);
    }
  }

  /** The build-time file instead: the link's own, or the standard PNG for the phone button. */
  #fallback(control: HTMLElement) {
    const href = control instanceof HTMLAnchorElement ? control.href : control.dataset['fallback'];
    if (href) follow(href, control instanceof HTMLAnchorElement ? control.download : '');
  }
}

if (!customElements.get('chart-downloads')) customElements.define('chart-downloads', ChartDownloads);
