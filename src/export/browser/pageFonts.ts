/** A unicode-range value ("U+4e00-9fff,U+3000-303f,U+4??") as code point intervals. */
function parseUnicodeRange(range: string): [number, number][] {
  return range
    .split(',')
    .map((part) => part.trim().replace(/^U\+/i, ''))
    .filter(Boolean)
    .map((part) => {
      const [low = '', high] = part.split('-');
      if (high !== undefined) return [parseInt(low, 16), parseInt(high, 16)];
      return [parseInt(low.replace(/\?/g, '0'), 16), parseInt(low.replace(/\?/g, 'f'), 16)];
    });
}

const readAsDataUrl = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('could not read a font'));
    reader.readAsDataURL(blob);
  });

/**
 * The page's own @font-face rules for the given families, with each font file inlined as a data URL, limited to
 * the files whose unicode-range holds a character of `text`. An SVG drawn as an image cannot reach the page's
 * fonts, so this is how the site's self-hosted Noto Sans and Noto Sans SC get into a PNG made in the browser.
 */
export async function inlineFontFaces(text: string, families: readonly string[]): Promise<string> {
  const codePoints = [...new Set([...text].map((char) => char.codePointAt(0) ?? 0))];
  const wanted = (range: string) => range === '' || parseUnicodeRange(range).some(([low, high]) => codePoints.some((c) => c >= low && c <= high));
  const faces: { family: string; weight: string; range: string; url: string }[] = [];
  for (const sheet of document.styleSheets) {
    let rules: CSSRuleList;
    try {
      rules = sheet.cssRules;
    } catch {
      continue;
    }
    for (const rule of rules) {
      if (!(rule instanceof CSSFontFaceRule)) continue;
      const family = rule.style.getPropertyValue('font-family').replace(/["']/g, '').trim();
      const range = rule.style.getPropertyValue('unicode-range');
      const url = /url\(\s*["']?([^"')]+)/.exec(rule.style.getPropertyValue('src'))?.[1];
      if (!families.includes(family) || rule.style.getPropertyValue('font-style') === 'italic' || !url || !wanted(range)) continue;
      faces.push({
        family,
        weight: rule.style.getPropertyValue('font-weight') || '400',
        range,
        url: new URL(url, sheet.href ?? document.baseURI).href,
      });
    }
  }
  const css = await Promise.all(
    faces.map(async ({ family, weight, range, url }) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`Could not load the font ${url}: ${response.status}`);
      const source = await readAsDataUrl(await response.blob());
      return `@font-face{font-family:'${family}';font-weight:${weight};${range ? `unicode-range:${range};` : ''}src:url(${source})}`;
    }),
  );
  return css.join('\n');
}
