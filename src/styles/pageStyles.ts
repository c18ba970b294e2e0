// Every page's own stylesheets, in cascade order: the site's, then those written from the site's code when it is
// built (generatedStylesheets.ts): its colours, from the palette, and its drawings' proportions.
import './global.css';
import 'virtual:theme.css';
import 'virtual:drawing-sizes.css';
