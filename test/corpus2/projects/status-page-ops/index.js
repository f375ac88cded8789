const http = require('node:http');

const server = http.createServer((req, res) => {
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ status: 'operational', checkedAt: new Date().toISOString() }));
});

server.listen(process.env.PORT || 8080);

process.on('SIGTERM', () => server.close(() => process.exit(0)));
