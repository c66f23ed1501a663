// `klarheit serve` and `klarheit admin` as a process of their own, bundled for the tests that run
// the real commands (only these two, so other commands' work in progress cannot break these tests).
import { run as admin } from '../../../src/cli/admin';
import { run as serve } from '../../../src/cli/serve';

const [command, ...args] = process.argv.slice(2);
process.exitCode = await (command === 'admin' ? admin(args) : serve(args));
