// Loads the shared test proto for both the server and the client.
const path = require('path');
const grpc = require('@grpc/grpc-js');
const loader = require('@grpc/proto-loader');

const definition = loader.loadSync(path.join(__dirname, 'protos/test/v1/echo.proto'), {
  keepCase: false, longs: Number, defaults: true, includeDirs: [path.join(__dirname, 'protos')],
});
module.exports = { grpc, Echo: grpc.loadPackageDefinition(definition).test.v1.Echo };
