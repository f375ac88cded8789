import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { addDependencyChange, appendLineChange, envExampleChange, gitignoreChange } from '../../../server/src/engine/fixes';
import { memoryWorkspace } from '../../helpers/memoryWorkspace';
import { applyEdits } from '../../helpers/applyEdits';

describe('fix builders for other files', () => {
  it('adds a dependency to an existing dependencies object, keeping indentation, valid JSON', () => {
    const { facts } = memoryWorkspace({ '/ws/package.json': '{\n    "name": "app",\n    "dependencies": {\n        "express": "^4.19.2"\n    }\n}\n' });
    const change = addDependencyChange(facts, facts.packageFor('/ws/src/a.ts')!, 'connect-redis', '^7.1.1')!;
    const after = applyEdits(facts.textOf('/ws/package.json')!, change.edits);
    assert.equal(after, '{\n    "name": "app",\n    "dependencies": {\n        "express": "^4.19.2",\n        "connect-redis": "^7.1.1"\n    }\n}\n');
  });

  it('fills an empty dependencies object and creates a missing one', () => {
    const empty = memoryWorkspace().facts;
    const filled = applyEdits(empty.textOf('/ws/package.json')!, addDependencyChange(empty, empty.packageFor('/ws/a.ts')!, 'pg', '^8.11.0')!.edits);
    assert.deepEqual(JSON.parse(filled).dependencies, { pg: '^8.11.0' });
    const none = memoryWorkspace({ '/ws/package.json': '{\n  "name": "app"\n}\n' }).facts;
    const created = applyEdits(none.textOf('/ws/package.json')!, addDependencyChange(none, none.packageFor('/ws/a.ts')!, 'pg', '^8.11.0')!.edits);
    assert.equal(created, '{\n  "name": "app",\n  "dependencies": {\n    "pg": "^8.11.0"\n  }\n}\n');
  });

  it('places the dependency by editor lines when package.json holds a U+2028 (a line break to TypeScript, not to editors)', () => {
    const text = '{\n  "description": "one\u2028two",\n  "dependencies": {\n    "express": "^4.19.2"\n  }\n}\n';
    const { facts } = memoryWorkspace({ '/ws/package.json': text });
    const after = applyEdits(text, addDependencyChange(facts, facts.packageFor('/ws/src/a.ts')!, 'pg', '^8.11.0')!.edits);
    assert.deepEqual(JSON.parse(after).dependencies, { express: '^4.19.2', pg: '^8.11.0' });
  });

  it('appends to .env.example once, creating it when missing', () => {
    const missing = memoryWorkspace().facts;
    const create = envExampleChange(missing, '/ws/src/a.ts', 'STRIPE_API_KEY')!;
    assert.equal(create.createFile, true);
    assert.equal(applyEdits('', create.edits), 'STRIPE_API_KEY=\n');
    const present = memoryWorkspace({ '/ws/.env.example': 'PORT=3000\nSTRIPE_API_KEY=' }).facts;
    assert.equal(envExampleChange(present, '/ws/src/a.ts', 'STRIPE_API_KEY'), undefined);
    const append = envExampleChange(present, '/ws/src/a.ts', 'DATABASE_URL')!;
    assert.equal(applyEdits('PORT=3000\nSTRIPE_API_KEY=', append.edits), 'PORT=3000\nSTRIPE_API_KEY=\nDATABASE_URL=\n');
  });

  it('adds a .gitignore entry unless an equivalent one exists, keeping CRLF files CRLF', () => {
    const { facts } = memoryWorkspace({ '/ws/.gitignore': 'node_modules/\r\n' });
    const change = gitignoreChange(facts, '.env')!;
    assert.equal(applyEdits('node_modules/\r\n', change.edits), 'node_modules/\r\n.env\r\n');
    const already = memoryWorkspace({ '/ws/.gitignore': '/.env\n' }).facts;
    assert.equal(gitignoreChange(already, '.env'), undefined);
    assert.equal(appendLineChange(already, '/ws/.gitignore', '/.env', (line) => line === '/.env'), undefined);
  });
});
