// `klarheit admin …`: teams, their ingest keys, team-lead accounts and stats tokens.
import { parseArgs } from 'node:util';
import { setTeamMode } from '../stats/dashboard/set-mode';
import {
  AdminError,
  createLead,
  createStatsToken,
  createTeam,
  listTeams,
  rotateIngestKey,
} from '../stats/server/admin';
import { DEFAULT_SQLITE_FILE, openDatabase } from '../stats/server/db/open';

const help = `Usage: klarheit admin <action> [options]

  create-team NAME                    prints the team id and its ingest key (for the clients)
  create-lead --team NAME --email E   a team-lead account; the password is read from stdin, or a
                                      one-time password is generated and printed
  create-token --team NAME            a read-only stats token for BI tools and scripts
  rotate-key --team NAME              a new ingest key; the old one stops working at once
  set-mode --team NAME --mode team|per-rep
                                      works-council mode (team, the default) or per-rep figures
  list                                teams, their leads and token counts

Options:
  --db FILE|URL   SQLite file or postgres:// URL (default ${DEFAULT_SQLITE_FILE})
  --json          print one JSON object (for scripts)

Secrets are shown once and stored only as hashes.`;

async function readStdin(): Promise<string | null> {
  if (process.stdin.isTTY) return null;
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
  return text === '' ? null : text;
}

function required(value: string | undefined, name: string): string {
  if (!value) throw new AdminError(`${name} is required (see "klarheit admin --help")`);
  return value;
}

function printHuman(result: Record<string, unknown>): void {
  if (Array.isArray(result.teams)) {
    if (result.teams.length === 0) console.log('No teams yet. Create one: klarheit admin create-team NAME');
    for (const t of result.teams as Awaited<ReturnType<typeof listTeams>>) {
      const mode = t.worksCouncilMode ? 'works-council mode' : 'works-council mode off';
      console.log(`${t.name}  (${t.id}, ${mode}, ${t.tokens} stats token(s))`);
      for (const email of t.leads) console.log(`  lead: ${email}`);
    }
    return;
  }
  for (const [name, value] of Object.entries(result)) console.log(`${name}: ${value}`);
  if ('key' in result)
    console.log('Keep the key secret; it is shown only now. Clients send it as the team key.');
  if ('oneTimePassword' in result)
    console.log('Give the one-time password to the lead; it must be changed at first login.');
}

export async function run(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      db: { type: 'string' },
      json: { type: 'boolean', default: false },
      team: { type: 'string' },
      email: { type: 'string' },
      mode: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [action, ...rest] = positionals;
  if (values.help || !action) {
    console.log(help);
    return action || values.help ? 0 : 2;
  }
  const store = await openDatabase(values.db);
  try {
    let result: Record<string, unknown>;
    switch (action) {
      case 'create-team':
        result = await createTeam(store, required(rest.join(' '), 'NAME'));
        break;
      case 'create-lead':
        result = await createLead(
          store,
          required(values.team, '--team'),
          required(values.email, '--email'),
          await readStdin(),
        );
        break;
      case 'create-token':
        result = await createStatsToken(store, required(values.team, '--team'));
        break;
      case 'rotate-key':
        result = await rotateIngestKey(store, required(values.team, '--team'));
        break;
      case 'set-mode': // owned by the dashboard (src/stats/dashboard/set-mode.ts)
        result = await setTeamMode(store, values.team, values.mode);
        break;
      case 'list':
        result = { teams: await listTeams(store) };
        break;
      default:
        console.error(`klarheit admin: unknown action "${action}"\n\n${help}`);
        return 2;
    }
    if (values.json) console.log(JSON.stringify(result));
    else printHuman(result);
    return 0;
  } catch (error) {
    if (error instanceof AdminError) {
      console.error(`klarheit admin: ${error.message}`);
      return 1;
    }
    throw error;
  } finally {
    await store.close();
  }
}
