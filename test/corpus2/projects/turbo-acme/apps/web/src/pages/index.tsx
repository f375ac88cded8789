import { useEffect } from 'react';
import { Header } from 'components/Header';

export default function Home() {
  useEffect(() => {
    void (async () => {
      const { trackEvent } = await import('../../../api/src/analytics');
      trackEvent('home_viewed');
    })();
  }, []);
  return <Header total={0} />;
}
