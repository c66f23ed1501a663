// `klarheit serve` as a process of its own, bundled for the tests that kill and restart it
// (only the serve command, so other commands' work in progress cannot break these tests).
import { run } from '../../../src/cli/serve';

process.exitCode = await run(process.argv.slice(2));
