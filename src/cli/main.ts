#!/usr/bin/env node
import { systemClock } from '../ports/clock.js';
import { runCli } from './program.js';

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

// `crosscheck stories | head`: the reader has gone, which is not an error; stop quietly as other Unix tools do.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const code = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin,
  env: process.env,
  cwd: process.cwd(),
  clock: systemClock,
});
process.exitCode = code;
