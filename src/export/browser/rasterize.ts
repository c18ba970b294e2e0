import { inlineFontFaces } from './pageFonts';

/** The family names in a font-family value, without quotes. */
const familyNames = (value: string) => value.split(',').map((name) => name.trim().replace(/^["']|["']$/g, ''));

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function fingerprint(context: CanvasRenderingContext2D): Promise<string> {
  const { data } = context.getImageData(0, 0, context.canvas.width, context.canvas.height);
  const digest = await crypto.subtle.digest('SHA-256', data);
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** True once some pixel in the box differs clearly from the top-left one, the background: the text is drawn. */
function hasInk(context: CanvasRenderingContext2D, [x, y, width, height]: [number, number, number, number]): boolean {
  const { data } = context.getImageData(x, y, Math.max(1, width), Math.max(1, height));
  const [r, g, b] = context.getImageData(0, 0, 1, 1).data;
  for (let i = 0; i < data.length; i += 4) {
    if (Math.abs(data[i]! - r!) + Math.abs(data[i + 1]! - g!) + Math.abs(data[i + 2]! - b!) > 192) return true;
  }
  return false;
}

/**
 * An SVG image loads its fonts only when first drawn, and draws nothing for text until they arrive. So draw
 * until the title shows and two draws a moment apart agree: every font the picture uses has then arrived.
 */
async function drawOnceFontsArrive(
  context: CanvasRenderingContext2D,
  image: HTMLImageElement,
  titleBox: [number, number, number, number],
): Promise<void> {
  const deadline = performance.now() + 8000;
  let previous = '';
  for (;;) {
    context.clearRect(0, 0, context.canvas.width, context.canvas.height);
    context.drawImage(image, 0, 0, context.canvas.width, context.canvas.height);
    const current = await fingerprint(context);
    if (current === previous && hasInk(context, titleBox)) return;
    if (performance.now() > deadline) throw new Error('The fonts for the PNG did not arrive in time');
    previous = current;
    await pause(100);
  }
}

/**
 * An exported SVG drawn to a PNG in the page: the page's fonts inlined into a copy of the text (never into the
 * SVG file), the copy decoded as an image once the page's own fonts are ready, then drawn `scale` times its size.
 */
export async function rasterize(svg: string, scale: number): Promise<Blob> {
  await document.fonts.ready;
  const root = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
  const text = [...root.querySelectorAll('text')].map((element) => element.textContent ?? '').join('');
  const css = await inlineFontFaces(text, familyNames(root.getAttribute('font-family') ?? ''));
  // Added as text: an element made in a parsed document would fall under the page's style-src policy.
  const withFonts = svg.replace(/<svg\b[^>]*>/, (open) => `${open}<style>${css}</style>`);

  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(withFonts)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(Number(root.getAttribute('width')) * scale);
  canvas.height = Math.round(Number(root.getAttribute('height')) * scale);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('No 2D canvas in this browser');
  const title = root.querySelector('#title tspan');
  const size = Number(root.querySelector('#title')?.getAttribute('font-size') ?? 20);
  const baseline = Number(title?.getAttribute('y') ?? size);
  await drawOnceFontsArrive(context, image, [0, Math.round((baseline - size) * scale), canvas.width, Math.round(size * scale)]);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The canvas made no PNG'))), 'image/png'));
}
