export { Card } from './Card';
export { Button } from './Button';
