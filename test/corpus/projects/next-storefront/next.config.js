/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  images: {
    remotePatterns: [{ protocol: 'https', hostname: 'cdn.shopify.com' }],
  },
  env: {
    NEXT_PUBLIC_SITE_URL: 'https://shop.example.com',
    STRIPE_SECRET_KEY: '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',
  },
};

module.exports = nextConfig;
