const fs = require('node:fs');

const [, , tag, out] = process.argv;
fs.writeFileSync(out || 'RELEASE_NOTES.md', `# Release notes since ${tag}\n`);
