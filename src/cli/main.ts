#!/usr/bin/env -S node --max-semi-space-size=64
// The flag above: a 64 MB young generation. Each young collection costs more as the heap grows (a large story
// index), so fewer of them keep an article's cost flatter: at 300k stored, 1.10 -> 0.90 ms an article
// (docs/stories.md, "Session 19"). `env -S` splits the line into the command and its flags.
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
