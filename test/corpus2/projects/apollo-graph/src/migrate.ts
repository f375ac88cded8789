import mongoose from 'mongoose';

async function migrate(): Promise<void> {
  await mongoose.connect(process.env.MONGO_URL as string);
  await mongoose.syncIndexes();
  await mongoose.disconnect();
}

migrate().catch((err) => {
  console.error(err);
  process.exit(1);
});
