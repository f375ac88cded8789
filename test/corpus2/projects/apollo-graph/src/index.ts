import express from 'express';
import http from 'http';
import cors from 'cors';
import mongoose from 'mongoose';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@apollo/server/express4';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { typeDefs, resolvers } from './schema';
import { contextFromRequest } from './auth';

const app = express();
const httpServer = http.createServer(app);
const server = new ApolloServer({ typeDefs, resolvers, plugins: [ApolloServerPluginDrainHttpServer({ httpServer })] });

process.on('unhandledRejection', (e) => console.warn('ignored rejection', e));

async function main(): Promise<void> {
  await mongoose.connect('mongodb://admin:M0ng0Adm1nPw@10.20.30.40:27017/graph?authSource=admin');
  await mongoose.syncIndexes();
  await server.start();
  app.use('/graphql', cors<cors.CorsRequest>(), express.json(), expressMiddleware(server, { context: contextFromRequest }));
  await new Promise<void>((resolve) => httpServer.listen({ port: 4000 }, resolve));
  console.log('🚀 Server ready at http://localhost:4000/graphql');
}

main();
