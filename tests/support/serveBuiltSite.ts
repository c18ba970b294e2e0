// The built site as the browser tests load it: dist/ served by the tests' one static server, on the port given.
import { startServer } from './server.ts';

const port = Number(process.argv[2] ?? 4321);
await startServer({ root: 'dist', port });
