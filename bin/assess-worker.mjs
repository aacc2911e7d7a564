// A worker thread of the assess pool (assess-pool.ts). Worker threads start without the main
// thread's TypeScript loader, so this plain-JS entry registers it, as bin/recruitwatch.mjs does.
import { register } from 'tsx/esm/api';

register();
const { scoreBatch } = await import('./assess-worker-task.ts');
export default scoreBatch;
