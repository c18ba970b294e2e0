import type { ExportTexts } from '../texts';
import type { BrowserFormat } from './exportFigure';

interface DownloadsPayload {
  texts: ExportTexts;
  messages: { busy: string; done: string; failed: string };
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
  #payload: DownloadsPayload | undefined;
  #status: HTMLElement | null = null;

  connectedCallback() {
    const text = this.querySelector('script[data-export-payload]')?.textContent;
    const figure = this.closest<HTMLElement>('figure[data-chart]');
    if (!text || !figure) return;
    this.#payload = JSON.parse(text) as DownloadsPayload;
    this.#status = this.querySelector('.downloads-status');
    for (const control of this.querySelectorAll<HTMLElement>('[data-export]')) {
      control.addEventListener('click', (event) => {
        event.preventDefault();
        void this.#download(figure, control, control.dataset['export'] as BrowserFormat);
      });
    }
    for (const hidden of this.querySelectorAll<HTMLElement>('[data-needs-script]')) hidden.hidden = false;
  }

  async #download(figure: HTMLElement, control: HTMLElement, format: BrowserFormat) {
    const payload = this.#payload!;
    const label = control.textContent?.trim() ?? format;
    const say = (template: string) => {
      if (this.#status) this.#status.textContent = template.replace('{file}', label);
    };
    say(payload.messages.busy);
    try {
      const { exportFigure } = await import('./exportFigure');
      const { blob, name } = await exportFigure(figure, format, payload.texts);
      save(blob, name);
      say(payload.messages.done);
    } catch (error) {
      console.error(error);
      say(payload.messages.failed);
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
