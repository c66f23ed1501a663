// Features that plug into the server. The dashboard (src/stats/dashboard) adds itself here:
//   import { dashboard } from '../dashboard/server';   // a ServerExtension
//   export const extensions: ServerExtension[] = [dashboard];
import { dashboard } from '../dashboard/server';
import type { ServerExtension } from './app-context';

export const extensions: ServerExtension[] = [dashboard];
