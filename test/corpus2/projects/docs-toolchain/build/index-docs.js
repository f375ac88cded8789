const fs = require('fs');
const path = require('path');
const { marked } = require('marked');

const docsDir = path.join(__dirname, '..', 'docs');
const index = fs.readdirSync(docsDir).map((file) => ({ file, html: marked.parse(fs.readFileSync(path.join(docsDir, file), 'utf8')) }));
fs.mkdirSync(path.join(__dirname, '..', 'dist'), { recursive: true });
fs.writeFileSync(path.join(__dirname, '..', 'dist', 'search-index.json'), JSON.stringify(index));
