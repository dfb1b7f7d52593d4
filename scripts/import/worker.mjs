// The pool's thread entry: plain JavaScript that teaches this thread TypeScript (tsx), then runs worker.ts.
import { register } from 'tsx/esm/api';

register();
await import('./worker.ts');
