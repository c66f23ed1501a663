// The engine's public surface: every host, the CLI and the server import from here only.
export { analyze } from './analyze';
export type * from './types';
