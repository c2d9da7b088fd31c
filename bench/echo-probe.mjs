// Preloaded into the shared reference echo server, which stays unmodified:
//   node --import ./bench/echo-probe.mjs ../shared/bench/echo-server.js PORT   (spawned with an IPC channel)
// (http's default export is the CommonJS module object, so the server's require('http') sees the patch.)
// Counts, since the last reset: the calls served, and the distinct TCP connections that carried them.
// Answers the bench driver over IPC: {cmd: 'stats', id, reset?} → {id, served, connections, opened}.
//
// Why connections and not "requests between arrival and answer": this server answers a small POST
// within the same turn of its event loop, so it never sees more than ~1 request at a time, however
// many the caller has outstanding. A caller has at most one call in flight per keep-alive connection
// (no pipelining), and Node's http.Agent (LIFO by default) opens or reuses a further connection only
// while all the others are busy — so the connections used in a window track the caller's peak
// number of calls in flight in that window. The cost is one listener call per request.
import http from 'node:http';

let served = 0;
let connections = 0; // distinct connections that carried a request since the last reset
let opened = 0; // connections accepted since the last reset
let generation = 1;
const tag = Symbol('bench-generation');

const createServer = http.createServer;
http.createServer = function probedCreateServer(...args) {
  const server = createServer.apply(this, args);
  server.prependListener('connection', () => {
    opened++;
  });
  server.prependListener('request', (req) => {
    served++;
    const socket = req.socket;
    if (socket[tag] !== generation) {
      socket[tag] = generation;
      connections++;
    }
  });
  return server;
};

if (process.send) {
  process.on('message', (m) => {
    if (!m || m.cmd !== 'stats') return;
    process.send({ id: m.id, served, connections, opened });
    if (m.reset) {
      generation++;
      connections = 0;
      opened = 0;
    }
  });
  // Leave with the driver even if it dies without stopping us.
  process.on('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}
