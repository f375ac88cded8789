// Nightly clean-up of abandoned orders. Reuses the API's models straight from its source tree.
import { Op } from 'sequelize';
import { Order } from '../src/db';

async function cleanUp(): Promise<void> {
  const cutoff = new Date(Date.now() - 1000 * 60 * 60 * 24 * 7);
  const removed = await Order.destroy({ where: { status: 'pending', createdAt: { [Op.lt]: cutoff } } });
  console.log(`removed ${removed} abandoned orders`);
}

cleanUp().catch((err) => {
  console.error(err);
  process.exit(1);
});
