import ts from 'typescript';
import source from './loader.ts?raw';

/**
 * The loader as one classic script, the text of /snippet/v1.js. Classic, not a module: a module script from
 * another origin needs CORS headers, which not every static host sends. Its exports stay inside the wrapper.
 */
export function loaderScript(): string {
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.CommonJS, removeComments: true },
  });
  return `(function (exports) {\n${outputText}\nexports.startLoader(document, document.currentScript);\n})({});\n`;
}
