import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/** A route served straight from Node's HTTP server, ahead of Express and Nest. */
export type RawRoute = {
  matches(req: IncomingMessage): boolean;
  serve(req: IncomingMessage, res: ServerResponse): Promise<void>;
};

/** Puts `routes` in front of the server's own request handler (Express): the first match serves. */
export function serveRawRoutesFirst(server: Server, routes: RawRoute[]): void {
  const others = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const route = routes.find((r) => r.matches(req));
    if (route) void route.serve(req, res);
    else for (const listener of others) listener(req, res);
  });
}

/** The request body, or 'too-large' past `limit` bytes (read to the end either way), or undefined if the client left. */
export async function readBody(
  req: IncomingMessage,
  limit: number,
): Promise<Buffer | 'too-large' | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of req as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    }
  } catch {
    return undefined;
  }
  return size > limit ? 'too-large' : Buffer.concat(chunks);
}
