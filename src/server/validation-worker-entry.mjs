// The validation worker's entry while the server runs from TypeScript source.
// A worker thread does not inherit tsx's loader from `node --import tsx`
// (Node 20 runs loader hooks per thread), so this plain-JS file registers it
// and then loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./validation-worker.ts');
