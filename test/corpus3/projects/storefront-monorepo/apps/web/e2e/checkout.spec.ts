import { test, expect } from '@playwright/test';

test('guest checkout', async ({ page }) => {
  await page.goto('http://localhost:5173/products');
  await page.getByRole('button', { name: 'Add to cart' }).first().click();
  await page.goto('/checkout');
  await page.fill('#email', 'e2e-shopper@example.com');
  await page.fill('#password', 'Sup3r-S3cret-e2e');
  await page.getByRole('button', { name: 'Place order' }).click();
  await expect(page.getByText('Thank you')).toBeVisible();
});
