// grpc-js client run against OUR server: node client.js HOST:PORT. Prints one JSON object of outcomes.
const { grpc, Echo } = require('./echo');

const client = new Echo(process.argv[2], grpc.credentials.createInsecure(), { 'grpc.max_receive_message_length': 4 * 1024 * 1024 });
const deadline = (ms) => ({ deadline: new Date(Date.now() + ms) });

function unary(method, request, metadata = new grpc.Metadata(), options = deadline(10000)) {
  return new Promise((resolve) => {
    const result = {};
    const call = client[method](request, metadata, options, (err, reply) => {
      result.code = err ? err.code : 0;
      result.details = err ? err.details : '';
      result.reply = reply;
      setImmediate(() => resolve(result));
    });
    call.on('metadata', (md) => { result.headers = md; });
    call.on('status', (s) => { result.trailers = s.metadata; });
  });
}

(async () => {
  const out = {};
  const md = new grpc.Metadata();
  md.add('x-echo', 'village-committee');
  md.add('x-echo-bin', Buffer.from([0, 1, 2, 250, 255]));
  const say = await unary('say', { text: '你好' }, md);
  out.say = {
    code: say.code, text: say.reply && say.reply.text,
    headerBin: [...(say.headers.get('x-echo-bin')[0] || [])],
    trailerEcho: say.trailers.get('x-echo')[0],
  };
  const fail = await unary('fail', { code: 5, message: '找不到 100%' });
  out.fail = { code: fail.code, details: fail.details };
  const crash = await unary('sleep', { crash: true });
  out.crash = { code: crash.code, details: crash.details };
  const slow = await unary('sleep', { millis: 10000 }, new grpc.Metadata(), deadline(300));
  out.deadline = { code: slow.code };
  const large = await unary('say', { replySize: 1024 * 1024 });
  out.large = { code: large.code, size: large.reply ? large.reply.payload.length : -1 };
  const tooLarge = await unary('say', { payload: Buffer.alloc(5 * 1024 * 1024) });
  out.tooLarge = { code: tooLarge.code };
  out.stream = await new Promise((resolve) => {
    const indexes = [];
    const call = client.count({ count: 500 });
    call.on('data', (r) => indexes.push(r.index));
    call.on('status', (s) => resolve({ code: s.code, count: indexes.length, ordered: indexes.every((v, i) => v === i) }));
    call.on('error', () => {});
  });
  console.log(JSON.stringify(out));
  process.exit(0);
})().catch((e) => { console.error(e); process.exit(2); });
