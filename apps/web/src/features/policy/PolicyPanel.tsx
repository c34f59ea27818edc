import { OriginToggle } from '../../components/OriginToggle.tsx';

/** The live policy editor (issue 4 point 1). */
export function PolicyPanel() {
  return <OriginToggle />;
}
