// grpc-js implementation of test.v1.Echo with the same behaviour as our EchoServer. Prints "LISTENING <port>".
const { grpc, Echo } = require('./echo');

function echoed(call) {
  const md = new grpc.Metadata();
  for (const key of ['x-echo', 'x-echo-bin']) for (const v of call.metadata.get(key)) md.add(key, v);
  return md;
}

const server = new grpc.Server({ 'grpc.max_receive_message_length': 4 * 1024 * 1024 });
server.addService(Echo.service, {
  say(call, callback) {
    call.sendMetadata(echoed(call));
    const payload = call.request.replySize > 0 ? Buffer.alloc(call.request.replySize) : call.request.payload;
    callback(null, { text: call.request.text, payload }, echoed(call));
  },
  fail(call, callback) {
    callback({ code: call.request.code, details: call.request.message });
  },
  count(call) {
    for (let i = 0; i < call.request.count; i++) call.write({ index: i, text: `#${i}` });
    call.end();
  },
  sleep(call, callback) {
    const timer = setTimeout(() => callback(null, { text: 'slept' }), call.request.millis);
    call.on('cancelled', () => clearTimeout(timer));
  },
});
server.bindAsync('127.0.0.1:0', grpc.ServerCredentials.createInsecure(), (err, port) => {
  if (err) { console.error(err); process.exit(1); }
  console.log(`LISTENING ${port}`);
});
