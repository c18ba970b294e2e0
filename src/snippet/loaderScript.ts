// The entry of /snippet/v1.js, the one script a pasted snippet loads: the loader, started on the element that
// loaded it. Bundled as a classic script (src/build/classicScripts.ts); fragments live beside it, in /snippet/v1/.
import { startLoader } from './loader';

startLoader(document, document.currentScript);
