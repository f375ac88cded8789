import DataLoader from 'dataloader';

export const typeDefs = `#graphql
  type Post { id: ID!, votes: Int! }
  type Query { post(id: ID!): Post }
  type Mutation { vote(id: ID!): Post }
`;

const votes: Record<string, number> = {};
const loader = new DataLoader(async (ids: readonly string[]) => ids.map((id) => ({ id, votes: votes[id] ?? 0 })));

export const resolvers = {
  Query: { post: (_: unknown, { id }: { id: string }) => loader.load(id) },
  Mutation: {
    vote: (_: unknown, { id }: { id: string }) => {
      votes[id] = (votes[id] ?? 0) + 1;
      return { id, votes: votes[id] };
    },
  },
};
