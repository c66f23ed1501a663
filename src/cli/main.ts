// `klarheit <command>`: dispatches to one module per command, loaded lazily so that
// `klarheit analyze` never pays for the server's database drivers.
const commands: Record<string, () => Promise<{ run(args: string[]): Promise<number> }>> = {
  analyze: () => import('./analyze'),
  audit: () => import('./audit'),
  eval: () => import('./eval'),
  serve: () => import('./serve'),
  admin: () => import('./admin'),
  demo: () => import('./demo'),
};

const usage = `Usage: klarheit <command> [options]

Commands:
${Object.keys(commands)
  .map((c) => `  ${c}`)
  .join('\n')}

Run "klarheit <command> --help" for a command's options.`;

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h') {
    console.log(usage);
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    console.error(`klarheit: unknown command "${name}"\n\n${usage}`);
    return 2;
  }
  return (await load()).run(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`klarheit: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
