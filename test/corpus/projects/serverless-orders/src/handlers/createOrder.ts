import type { APIGatewayProxyHandlerV2 } from 'aws-lambda';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { randomUUID } from 'node:crypto';
import { dynamo } from '../lib/aws';
import { notify } from '../lib/notify';

let coldStart = true;

export const handler: APIGatewayProxyHandlerV2 = async (event) => {
  const wasCold = coldStart;
  coldStart = false;
  const body = JSON.parse(event.body ?? '{}');
  const order = { id: randomUUID(), ...body, createdAt: new Date().toISOString() };
  await dynamo.send(new PutCommand({ TableName: process.env.TABLE_NAME, Item: order }));
  await notify(`new order ${order.id}`);
  return { statusCode: 201, body: JSON.stringify({ ...order, wasCold }) };
};
