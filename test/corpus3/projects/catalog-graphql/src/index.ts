import http from 'node:http';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@apollo/server/express4';
import { WebSocketServer } from 'ws';
import { useServer } from 'graphql-ws/lib/use/ws';
import { makeExecutableSchema } from '@graphql-tools/schema';
import express from 'express';
import stoppable from 'stoppable';
import config from 'config';
import { typeDefs } from './schema';
import { resolvers } from './resolvers';
import { logger } from './logger';

const schema = makeExecutableSchema({ typeDefs, resolvers: resolvers as never });
const app = express();
const httpServer = stoppable(http.createServer(app), 10_000);
const wss = new WebSocketServer({ server: httpServer, path: '/graphql' });
const wsCleanup = useServer({ schema }, wss);

const apollo = new ApolloServer({ schema });
await apollo.start();
app.use('/graphql', express.json(), expressMiddleware(apollo));

// Search indexing runs in a child Node process shipped in this repo.
const indexer = fork(fileURLToPath(new URL('./workers/indexer.js', import.meta.url)), ['--batch', '500']);
indexer.on('exit', (code) => logger.warn(`indexer exited with ${code}`));

httpServer.listen(config.get<number>('server.port'), () => logger.info('catalog graphql ready'));

process.on('SIGTERM', async () => {
  indexer.kill('SIGTERM');
  await wsCleanup.dispose();
  await apollo.stop();
  httpServer.stop(() => process.exit(0));
});
