import { embedCode, embedSrc, themeChoices, type ThemeChoice } from '../embed/embedCode';
import { stepStatus } from '../scrolly/steps';

const isThemeChoice = (value: string): value is ThemeChoice => (themeChoices as readonly string[]).includes(value);

/** Copies text; where the Clipboard API is refused, selects the code for the reader to copy. */
async function copy(text: string, field: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    field.focus();
    field.select();
    return false;
  }
}

/** The page's one template of the parts that need script (components/ChartActionTemplates.astro). */
const parts = document.querySelector<HTMLTemplateElement>('template[data-embed-parts]');

/** The frame's address, title and height, as the code shown without script gives them (components/EmbedAction.astro). */
function shownFrame(codeText: HTMLElement): { src: string; title: string; height: string } {
  const code = codeText.querySelector('code')?.textContent ?? '';
  const frame = new DOMParser().parseFromString(code, 'text/html').querySelector('iframe');
  return { src: frame?.getAttribute('src') ?? '', title: frame?.getAttribute('title') ?? '', height: frame?.getAttribute('height') ?? '' };
}

/** Makes the panel's fields from the page's template, in place of the code shown as text, and wires them up. */
function makeFields(action: HTMLDetailsElement): void {
  const panel = action.querySelector<HTMLElement>('.embed-panel');
  const codeText = action.querySelector<HTMLElement>('[data-embed-code-text]');
  const buttons = action.querySelector<HTMLElement>('.embed-buttons');
  const preview = action.querySelector<HTMLAnchorElement>('[data-embed-preview]');
  if (!panel || !parts || !codeText || !buttons) return;
  const { src, title, height } = shownFrame(codeText);
  const fields = parts.content.cloneNode(true) as DocumentFragment;
  const copyButton = fields.querySelector<HTMLButtonElement>('[data-embed-copy]')!;
  const status = fields.querySelector<HTMLElement>('[data-embed-status]')!;
  buttons.prepend(copyButton, status);
  codeText.replaceWith(fields);
  const field = action.querySelector<HTMLTextAreaElement>('[data-embed-code]')!;
  const stepChoice = action.querySelector<HTMLSelectElement>('[data-embed-choice="step"]')!;
  const themeChoice = action.querySelector<HTMLSelectElement>('[data-embed-choice="theme"]')!;
  const { steps = '1', stepsHeight = '' } = panel.dataset;
  const { loader = '' } = parts.dataset;
  const count = Number(steps);
  for (let index = 0; index < count; index++)
    stepChoice.add(new Option(stepStatus(stepChoice.dataset['template'] ?? '{n}', index, count), String(index + 1)));
  stepChoice.add(new Option(stepChoice.dataset['all'] ?? 'all', 'all'));

  const refresh = () => {
    const theme = isThemeChoice(themeChoice.value) ? themeChoice.value : 'auto';
    const all = stepChoice.value === 'all';
    const chosenSrc = embedSrc(src, { step: all ? 'all' : Number(stepChoice.value), theme });
    field.value = embedCode({ src: chosenSrc, title, height: Number(all ? stepsHeight : height), loader });
    if (preview) preview.href = chosenSrc;
    status.textContent = '';
  };
  const offerShownStep = () => {
    if (!action.open) return;
    const shown = Number(action.closest<HTMLElement>('figure[data-chart]')?.dataset['step'] ?? 0);
    stepChoice.value = String(shown + 1);
    refresh();
  };

  // Opening the panel offers the step the reader is looking at.
  action.addEventListener('toggle', offerShownStep);
  stepChoice.addEventListener('change', refresh);
  themeChoice.addEventListener('change', refresh);
  copyButton.addEventListener('click', async () => {
    const copied = await copy(field.value, field);
    status.textContent = (copied ? copyButton.dataset['copied'] : copyButton.dataset['failed']) ?? '';
  });
  offerShownStep();
}

// The Embed action under each chart: choose the step and the colours, and copy the code. Its fields are made the
// first time it opens.
for (const action of document.querySelectorAll<HTMLDetailsElement>('details[data-embed-action]')) {
  if (action.open) makeFields(action);
  else action.addEventListener('toggle', () => makeFields(action), { once: true });
}
