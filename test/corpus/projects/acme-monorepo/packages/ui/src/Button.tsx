import type { ButtonHTMLAttributes } from 'react';
import clsx from 'clsx';

export function Button(props: ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button {...props} className={clsx('btn', props.className)} />;
}
