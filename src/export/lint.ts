import { svgNamespace } from '../charts/shared/svg';

const colourAttributes = ['fill', 'stroke', 'stop-color', 'flood-color', 'lighting-color', 'color'];
const hexColour = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const forbiddenElements = ['style', 'script', 'foreignObject', 'iframe', 'image', 'audio', 'video', 'a'];
/** What non-browser renderers draw black, drop, or refuse (see the project's notes on SVG consumers). */
const forbiddenValues: [RegExp, string][] = [
  [/var\(/, 'a CSS custom property'],
  [/currentColor/i, 'currentColor'],
  [/color-mix\(/, 'color-mix()'],
  [/:(?:where|is|not)\(/, 'a :where/:is/:not selector'],
  [/!important/, '!important'],
];
const excessDecimals = /\d\.\d{3,}/;

/**
 * Everything that keeps an exported SVG from opening right in a design tool or a non-browser renderer.
 * An empty list means the file passes. `parser` is the page's DOMParser, or jsdom's in Node.
 */
export function lintSvg(text: string, parser: DOMParser): string[] {
  const document = parser.parseFromString(text, 'image/svg+xml');
  const root = document.documentElement;
  const parseError = document.querySelector('parsererror');
  if (parseError || root.localName !== 'svg')
    return [`not well-formed XML: ${parseError?.textContent?.trim().split('\n')[0] ?? `root is <${root.localName}>`}`];

  const problems: string[] = [];
  const where = (element: Element) => `<${element.localName}${element.id ? ` id="${element.id}"` : ''}>`;
  if (root.namespaceURI !== svgNamespace) problems.push('root <svg> has no SVG xmlns');
  for (const name of ['width', 'height', 'viewBox', 'lang', 'font-family']) {
    if (!root.hasAttribute(name)) problems.push(`root <svg> has no ${name}`);
  }
  if (!/Noto Sans SC.*Source Han Sans SC.*PingFang SC.*Microsoft YaHei.*sans-serif/.test(root.getAttribute('font-family') ?? '')) {
    problems.push('the root font stack does not name Chinese faces for every platform');
  }
  if (root.getAttribute('viewBox') !== `0 0 ${root.getAttribute('width')} ${root.getAttribute('height')}`)
    problems.push('viewBox does not match width and height');
  if (!root.querySelector(':scope > title')?.textContent) problems.push('no <title>');
  if (!root.querySelector(':scope > desc')?.textContent) problems.push('no <desc>');
  const background = root.querySelector(':scope > rect');
  if (
    !background ||
    background.getAttribute('width') !== root.getAttribute('width') ||
    background.getAttribute('height') !== root.getAttribute('height')
  ) {
    problems.push('no background rectangle covering the whole file');
  }

  const idList = [...root.querySelectorAll('[id]')].map((e) => e.id);
  const ids = new Set(idList);
  for (const id of new Set(idList.filter((id, i) => idList.indexOf(id) !== i))) problems.push(`id "${id}" is used more than once`);
  for (const element of [root, ...root.querySelectorAll('*')]) {
    if (forbiddenElements.includes(element.localName)) problems.push(`${where(element)} is not allowed`);
    for (const { name, value } of [...element.attributes]) {
      const at = `${where(element)} ${name}="${value.slice(0, 60)}"`;
      if (name.startsWith('on')) problems.push(`${at}: event attribute`);
      if (name === 'font-family' && element !== root) problems.push(`${at}: a font stack below the root, which may not cover Chinese`);
      if (name === 'style' || name === 'class') problems.push(`${at}: styles must be presentation attributes`);
      if ((name === 'href' || name.endsWith(':href')) && !(value.startsWith('#') && ids.has(value.slice(1))))
        problems.push(`${at}: external or broken reference`);
      for (const match of value.matchAll(/url\(([^)]*)\)/g)) {
        const target = match[1]!.replace(/['"]/g, '');
        if (!target.startsWith('#') || !ids.has(target.slice(1))) problems.push(`${at}: url() to something outside the file`);
      }
      for (const [pattern, label] of forbiddenValues) if (pattern.test(value)) problems.push(`${at}: ${label}`);
      if (colourAttributes.includes(name) && value !== 'none' && !value.startsWith('url(#') && !hexColour.test(value))
        problems.push(`${at}: colour is not hex`);
      if (!name.startsWith('data-') && excessDecimals.test(value)) problems.push(`${at}: number not rounded`);
    }
  }
  return problems;
}
