import { exportTargets, type ExportTarget } from '@cors-playground/production';
import { exportTargetInfo } from './exportTargetInfo.ts';

export interface ExportTargetPickerProps {
  /** Unique per page: the picker appears in both tabs. */
  id: string;
  target: ExportTarget;
  onTarget: (target: ExportTarget) => void;
  testId: string;
}

/** Which framework to export to. */
export function ExportTargetPicker({ id, target, onTarget, testId }: ExportTargetPickerProps) {
  return (
    <div className="export-target">
      <label htmlFor={id}>Framework</label>
      <select
        id={id}
        data-testid={testId}
        value={target}
        onChange={(e) => onTarget(e.target.value as ExportTarget)}
      >
        {exportTargets.map((t) => (
          <option key={t} value={t}>
            {exportTargetInfo[t].label}
          </option>
        ))}
      </select>
    </div>
  );
}
