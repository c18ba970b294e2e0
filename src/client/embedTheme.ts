import { applyTheme } from '../embed/theme';
import { readEmbedParams } from '../embed/params';

// Runs as a blocking script at the top of <body>: the stylesheets are loaded, nothing is painted yet.
const { theme, transparent } = readEmbedParams(location.search, 1);
applyTheme(document, theme, transparent);
