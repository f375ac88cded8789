export const typeDefs = `#graphql
  type Product {
    id: ID!
    title: String!
    priceCents: Int!
    tags: [String!]!
  }

  type Query {
    product(id: ID!): Product
    products(first: Int = 20, after: String): [Product!]!
  }

  type Mutation {
    rateProduct(id: ID!, stars: Int!): Product
  }

  type Subscription {
    productUpdated: Product
  }
`;
