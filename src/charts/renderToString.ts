import { JSDOM } from 'jsdom';

let sharedDocument: Document | undefined;

/** A DOM document for drawing charts in Node; one is enough for a whole build. */
export function serverDocument(): Document {
  sharedDocument ??= new JSDOM('<!doctype html><html><body></body></html>').window.document;
  return sharedDocument;
}
