// Every page's own stylesheets, in cascade order: the site's, then its colours, written from the palette when the
// site is built (themeStylesheet.ts).
import './global.css';
import 'virtual:theme.css';
