// The broadcast server many teams would write: Node's `ws` package, nothing else. Same
// contract as bench-bare-server: every binary frame received is stamped (int64 wall-clock
// ms, little endian, first 8 bytes) and sent to every connected client.
// Usage: node broadcast.js PORT_FILE [CERT_PEM KEY_PEM]   (with a certificate and key it speaks
// TLS: an https server carrying the WebSocketServer, as a Node team would; ws is found through NODE_PATH; scripts/bench.sh
// installs it into the build folder at run time).
'use strict';
const fs = require('fs');
const { WebSocketServer } = require('ws');

const [portFile, certFile, keyFile] = process.argv.slice(2);
// A big backlog, as quorum-server and bench-bare-server use; no per-message deflate.
let server;
let listening; // the object whose address() gives the port
if (certFile && keyFile) {
  const https = require('https');
  listening = https.createServer({ cert: fs.readFileSync(certFile), key: fs.readFileSync(keyFile) });
  server = new WebSocketServer({ server: listening, perMessageDeflate: false });
  listening.listen({ host: '127.0.0.1', port: 0, backlog: 4096 });
} else {
  server = new WebSocketServer({ host: '127.0.0.1', port: 0, backlog: 4096, perMessageDeflate: false });
  listening = server;
}
server.on('connection', (socket) => {
  socket._socket.setNoDelay(true);
  socket.on('message', (data, isBinary) => {
    if (!isBinary) return;
    const frame = Buffer.from(data);
    if (frame.length >= 8) frame.writeBigInt64LE(BigInt(Date.now()), 0);
    for (const client of server.clients) client.send(frame, { binary: true });
  });
});
listening.on('listening', () => {
  if (portFile) fs.writeFileSync(portFile, String(listening.address().port));
});
process.on('SIGTERM', () => process.exit(0));
process.on('SIGINT', () => process.exit(0));
