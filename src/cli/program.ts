import { Command, CommanderError } from 'commander';
import { isCrosscheckError } from '../model/crosscheck-error.js';
import type { CliIo } from './cli-io.js';
import { EXIT_ERROR, EXIT_OK } from './cli-io.js';
import { registerAnalyze } from './commands/analyze.command.js';
import { registerArticle } from './commands/article.command.js';
import { registerArticles } from './commands/articles.command.js';
import { registerBrief } from './commands/brief.command.js';
import { registerClaims } from './commands/claims.command.js';
import { registerCopies } from './commands/copies.command.js';
import { registerDemo } from './commands/demo.command.js';
import { registerDiff } from './commands/diff.command.js';
import { registerExport } from './commands/export.command.js';
import { registerIngest } from './commands/ingest.command.js';
import { registerOutlets } from './commands/outlets.command.js';
import { registerRebuild } from './commands/rebuild.command.js';
import { registerSearch } from './commands/search.command.js';
import { registerStance } from './commands/stance.command.js';
import { registerStories } from './commands/stories.command.js';
import { registerStory } from './commands/story.command.js';

/**
 * Runs one command line and returns its exit status. Errors a user can act on print one line with their code;
 * anything else prints its stack, because it is a bug.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let exit = EXIT_OK;
  const setExit = (code: number) => {
    exit = code;
  };
  const program = new Command('crosscheck')
    .description('news corroboration: who copied whom, and which facts independent sources establish')
    .version('0.1.0')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showHelpAfterError('(crosscheck --help lists the commands)');
  registerIngest(program, io, setExit);
  registerAnalyze(program, io);
  registerArticles(program, io);
  registerArticle(program, io);
  registerSearch(program, io);
  registerStories(program, io);
  registerStory(program, io);
  registerBrief(program, io);
  registerClaims(program, io);
  registerStance(program, io);
  registerCopies(program, io);
  registerDiff(program, io);
  registerOutlets(program, io);
  registerExport(program, io);
  registerRebuild(program, io);
  registerDemo(program, io, setExit);

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exit;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end through here too, with exit code 0.
      return error.exitCode === 0 ? EXIT_OK : EXIT_ERROR;
    }
    if (isCrosscheckError(error)) {
      io.stderr.write(`crosscheck: ${error.input ? `${error.input}: ` : ''}${error.code} ${error.message}\n`);
      return EXIT_ERROR;
    }
    io.stderr.write(`crosscheck: internal error (please report): ${(error as Error).stack ?? String(error)}\n`);
    return EXIT_ERROR;
  }
}
