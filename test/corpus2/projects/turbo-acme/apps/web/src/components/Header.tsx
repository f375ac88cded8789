import { Button } from 'components/Button';
import { theme } from '@acme/ui';
import { formatPrice } from 'lib/format';

export function Header({ total }: { total: number }) {
  return <header style={{ background: theme.primary }}><Button>{formatPrice(total)}</Button></header>;
}
