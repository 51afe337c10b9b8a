// Journey: choose a light, dark or system theme; the choice survives a reload without a flash.
import { expect, test } from '@playwright/test';
import { openApp } from './helpers';

test('the theme follows the choice and the system setting', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page);
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.getByTestId('theme-select').selectOption('light');
  await expect(html).toHaveAttribute('data-theme', 'light');
  // The saved choice is applied before the app's script runs: check on the first paint after reload.
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.getByTestId('theme-select').selectOption('system');
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(html).toHaveAttribute('data-theme', 'light');
});
