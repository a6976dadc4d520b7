import { useFormat } from '../../../lib/i18n/use-format';
import { Dash } from './dash';

export function DurationCell({ ms }: { ms: number | null }) {
  const format = useFormat();
  return ms === null ? <Dash /> : format.duration(ms);
}
