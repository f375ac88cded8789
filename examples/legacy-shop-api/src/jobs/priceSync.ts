import cron from 'node-cron';
import axios from 'axios';
import { config } from '../config';
import { Product } from '../db';
import { logger } from '../logger';

// Pull supplier prices every 15 minutes, inside the web process.
export function startPriceSync(): void {
  cron.schedule('*/15 * * * *', async () => {
    const { data } = await axios.get<{ sku: string; priceCents: number }[]>(`${config.supplierApi}/prices`);
    for (const item of data) {
      await Product.update({ priceCents: item.priceCents }, { where: { name: item.sku } });
    }
    logger.info(`price sync: ${data.length} prices updated`);
  });
}
