// Every migration, in order. Add a new file (0002-…) and one line here; never change a shipped one.
import type { Migration } from 'kysely';
import * as initial from './0001-initial';

export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
};
