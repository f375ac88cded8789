export function trackEvent(name: string, props: Record<string, unknown> = {}): void {
  console.log(JSON.stringify({ event: name, ...props }));
}
