const { spawn } = require('child_process');

const url = `http://localhost:${process.env.PORT || 8080}/`;
const opener = process.platform === 'darwin' ? 'open' : 'xdg-open';
spawn(opener, [url], { detached: true, stdio: 'ignore' }).unref();
