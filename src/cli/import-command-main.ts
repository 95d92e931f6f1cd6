import { ConfigurationError } from '../config/environment';
import { ImportKind } from '../staff-import/import-kind';
import { runImportCommand } from '../staff-import/import-command';
import { withCliContext } from './cli.module';

/** The body of `npm run users:import` and `npm run departments:import`. */
export async function importCommandMain(kind: ImportKind, commandName: string, argv: string[]): Promise<number> {
  if (argv.length !== 1) {
    process.stderr.write(`Usage: npm run ${commandName} -- <file.csv>\n`);
    return 2;
  }
  return withCliContext((context) => runImportCommand(context, kind, argv[0], process, commandName));
}

export function exitWith(commandName: string, run: Promise<number>): void {
  run.then(
    (code) => process.exit(code),
    (error: Error) => {
      const readable = error instanceof ConfigurationError || (error as NodeJS.ErrnoException).code === 'ENOENT';
      process.stderr.write(readable ? `${error.message}\n` : `${commandName} failed: ${error.stack ?? error.message}\n`);
      process.exit(2);
    },
  );
}
