import { Button } from '@acme/ui';
import { Card } from '../../../packages/ui/src/Card';
import { formatMoney } from '@acme/shared';
import { formatInvoiceNumber } from './lib/format';

export function App() {
  return (
    <Card title={formatInvoiceNumber(42)}>
      <p>{formatMoney({ cents: 1999, currency: 'EUR' })}</p>
      <Button onClick={() => window.location.assign('/pay')}>Pay</Button>
    </Card>
  );
}
