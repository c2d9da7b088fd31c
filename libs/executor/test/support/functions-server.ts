import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** Starts ../shared/conformance/functions/server.mjs on a free port; resolves with its URL. */
export async function startFunctionsServer(conformanceDir: string): Promise<{ url: string; stop(): void }> {
  const child: ChildProcess = spawn(
    process.execPath,
    [join(conformanceDir, 'functions', 'server.mjs'), '--port', '0'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d) => {
      out += d;
      const m = /functions listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.on('exit', (code) => reject(new Error(`functions server exited (${code})`)));
  });
  return { url, stop: () => child.kill('SIGTERM') };
}
