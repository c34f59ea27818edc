import { expect, test } from '@playwright/test';

test('counts', () => {
  expect(1 + 1).toBe(2);
});
