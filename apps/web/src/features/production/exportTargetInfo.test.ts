import { describe, expect, it } from 'vitest';
import { exportTargets } from '@cors-playground/production';
import { exportTargetInfo } from './exportTargetInfo.ts';

describe('exportTargetInfo', () => {
  it('presents every export target, in the exporters’ order', () => {
    expect(Object.keys(exportTargetInfo)).toEqual([...exportTargets]);
  });
});
