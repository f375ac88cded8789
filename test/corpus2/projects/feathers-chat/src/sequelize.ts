import { Sequelize } from 'sequelize';

export const sequelize = new Sequelize('postgres://chat:chatpass42@10.0.0.12:5432/chat', { logging: false });

export async function setupDatabase(): Promise<void> {
  await sequelize.authenticate();
  await sequelize.sync({ alter: true });
}
