'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');

let lastGenerated;
const startedAt = new WeakMap();

function toCsv(rows) {
  return (rows || []).map((row) => Object.values(row).join(',')).join('\n');
}

exports.plugin = {
  name: 'reports',
  register(server) {
    server.route({
      method: 'GET',
      path: '/reports/last',
      handler: () => ({ lastGenerated }),
    });

    server.route({
      method: 'POST',
      path: '/reports/{id}',
      handler: async (request, h) => {
        startedAt.set(request, Date.now());
        const tmp = path.join(os.tmpdir(), `report-${request.params.id}.csv`);
        await fs.promises.writeFile(tmp, toCsv(request.payload));
        const data = await fs.promises.readFile(tmp);
        await fs.promises.unlink(tmp);
        lastGenerated = request.params.id;
        await fs.promises.writeFile(path.join(__dirname, '..', '..', 'storage', 'reports', `${request.params.id}.csv`), data);
        return h.response(data).type('text/csv');
      },
    });
  },
};
